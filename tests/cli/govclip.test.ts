import assert from 'node:assert/strict';
import {spawnSync} from 'node:child_process';
import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {runCli} from '../../src/cli/run-cli.ts';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const folder = mkdtempSync(join(tmpdir(), 'govclip-cli-'));
const PARAGRAPH = 'The Department for Ponds today announced funding for forty community projects to restore ponds, wetlands and small streams, with the first grants paid in the spring. ';
const ARTICLE = `<!doctype html><html lang="en"><head><title>Ponds restored | Department for Ponds</title></head><body><main><h1>Ponds restored</h1><p>Published 4 August 2024</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><p>Read the <a href="/guidance">guidance</a>.</p></main></body></html>`;

function write(name: string, contents: string | Buffer): string {
	const path = join(folder, name);
	writeFileSync(path, contents);
	return path;
}

function run(args: string[], stdin = '') {
	let stdout = '';
	let stderr = '';
	const code = runCli(args, {stdout: text => (stdout += text), stderr: text => (stderr += text), readStdin: () => Buffer.from(stdin), now: () => Date.UTC(2025, 0, 15)});
	return {code, stdout, stderr};
}

test('prints the Extraction as JSON by default', () => {
	const {code, stdout} = run(['extract', write('a.html', ARTICLE), '--url', 'https://www.ponds.example/news/ponds']);
	assert.equal(code, 0);
	const extraction = JSON.parse(stdout);
	assert.equal(extraction.title, 'Ponds restored');
	assert.equal(extraction.publishedAt, '2024-08-04');
	assert.equal(extraction.url, 'https://www.ponds.example/news/ponds');
});

test('reads standard input with -', () => {
	const {code, stdout} = run(['extract', '-', '--url', 'https://www.ponds.example/news/ponds', '--format', 'text'], ARTICLE);
	assert.equal(code, 0);
	assert.match(stdout, /^Ponds restored\n\nPublished: 2024-08-04/);
});

test('prints Markdown with a title, metadata lines and paragraphs', () => {
	const {stdout} = run(['extract', write('b.html', ARTICLE), '--url', 'https://www.ponds.example/news/ponds', '--format', 'markdown']);
	assert.match(stdout, /^# Ponds restored\n\n- \*\*Published:\*\* 2024-08-04\n/);
	assert.match(stdout, /\n\nThe Department for Ponds today announced/);
});

test('explains a missing, empty, binary or non-HTML file in one line', () => {
	const cases: [string, RegExp][] = [
		[join(folder, 'missing.html'), /Cannot read .*missing\.html: no such file\./],
		[write('empty.html', ''), /empty\.html is empty\./],
		[write('file.pdf', Buffer.from('%PDF-1.7\n\u0000\u0001binary')), /is a PDF, not an HTML page\./],
		[write('bytes.bin', Buffer.from([0x00, 0x01, 0x02, 0x03, 0x3c, 0x70, 0x3e])), /binary file, not an HTML page/],
		[write('notes.txt', 'just some notes, no markup at all'), /does not look like an HTML page/],
	];
	for (const [path, message] of cases) {
		const {code, stdout, stderr} = run(['extract', path]);
		assert.equal(code, 1, path);
		assert.equal(stdout, '');
		assert.match(stderr, message);
		assert.equal(stderr.trim().split('\n').length, 1, 'one line');
	}
});

test('says why a page without an article cannot be clipped', () => {
	const listing = `<html><body><main><h1>News</h1>${Array.from({length: 8}, (_, i) => `<h3><a href="/n/${i}">Item ${i} headline here</a></h3><p>Teaser ${i}.</p>`).join('')}</main></body></html>`;
	const {code, stderr} = run(['extract', write('list.html', listing), '--url', 'https://www.ponds.example/news']);
	assert.equal(code, 1);
	assert.match(stderr, /^govclip: .*list\.html: This is a list of news items, not an article\.\n$/);
});

test('rejects wrong usage with exit status 2', () => {
	assert.equal(run(['frobnicate']).code, 2);
	assert.equal(run(['extract']).code, 2);
	assert.equal(run(['extract', 'a.html', '--format', 'pdf']).code, 2);
	assert.equal(run(['extract', 'a.html', '--url', 'not a url']).code, 2);
	assert.equal(run(['--help']).code, 0);
});

test('runs as a command with tsx and never prints a stack trace', () => {
	const result = spawnSync(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/cli/govclip.ts'), 'extract', join(folder, 'nope.html')], {cwd: projectRoot, encoding: 'utf8'});
	assert.equal(result.status, 1);
	assert.equal(result.stderr, `govclip: Cannot read ${join(folder, 'nope.html')}: no such file.\n`);
});
