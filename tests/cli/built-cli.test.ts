// The built command (dist/cli/govclip.mjs, the package's bin), run by plain node as an installed `govclip` would be.
import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';

const projectRoot = join(import.meta.dirname, '..', '..');
const bin = join(projectRoot, JSON.parse(readFileSync(join(projectRoot, 'package.json'), 'utf8')).bin.govclip);

test('the built govclip runs under plain node and exports a backup', {skip: existsSync(bin) ? false : 'no build: run node build.mjs first'}, () => {
	assert.equal(readFileSync(bin, 'utf8').match(/^#!.*$/gm)?.length, 1, 'one #! line');
	const folder = mkdtempSync(join(tmpdir(), 'govclip-bin-'));
	const backup = join(folder, 'library.json');
	writeFileSync(backup, JSON.stringify({format: 'govclip-library', version: 1, exportedAt: '2026-03-01T00:00:00.000Z', clips: []}));
	const help = spawnSync(process.execPath, [bin, '--help'], {encoding: 'utf8'});
	assert.equal(help.status, 0, help.stderr);
	assert.match(help.stdout, /govclip export <backup\.json\|->/);
	const empty = spawnSync(process.execPath, [bin, 'export', backup, '--format', 'csv'], {encoding: 'utf8'});
	assert.equal(empty.status, 1);
	assert.equal(empty.stderr, `govclip: ${backup} holds no clips. Nothing was written.\n`);
});
