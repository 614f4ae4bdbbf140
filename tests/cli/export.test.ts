import assert from 'node:assert/strict';
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {test} from 'node:test';
import {parse as parseYaml} from 'yaml';
import {runCli} from '../../src/cli/run-cli.ts';
import {createNodeSanitizer} from '../../src/cli/node-sanitizer.ts';
import {exportClips, EXPORT_FORMATS} from '../../src/core/export/export-clips.ts';
import type {BackupClip, LibraryBackup} from '../../src/core/backup/backup-format.ts';
import type {Clip} from '../../src/shared/types.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';

const NOW = Date.UTC(2026, 3, 2, 9, 30);
const folder = mkdtempSync(join(tmpdir(), 'govclip-export-'));

function backupClip(overrides: Partial<BackupClip>): BackupClip {
	return {...makeExtraction(), clippedAt: Date.UTC(2026, 2, 1), tags: [], note: '', contentHash: 'h', version: 1, versions: [], ...overrides};
}

const CLIPS: BackupClip[] = [
	backupClip({title: 'Coastal towns fund opens', tags: ['coast'], contentHash: 'a'}),
	backupClip({
		title: 'UK and Singapore sign agreement on digital government services', publisher: 'Foreign and Commonwealth Office',
		url: 'https://www.gov.uk/government/news/uk-singapore', canonicalUrl: 'https://www.gov.uk/government/news/uk-singapore',
		publishedAt: '2019-06-20', documentType: 'news story', tags: ['digital', 'Singapore'], contentHash: 'b', clippedAt: Date.UTC(2026, 2, 2),
		contentHtml: '<p>The <a href="https://www.gov.uk/mou">agreement</a> was signed in Singapore.</p>', text: 'The agreement was signed in Singapore.',
	}),
	backupClip({
		title: '£40 million for community flood defences', publisher: 'Department for Environment, Food and Rural Affairs',
		url: 'https://www.gov.uk/government/news/flood', canonicalUrl: 'https://www.gov.uk/government/news/flood',
		publishedAt: '2026-03-12', tags: ['flooding', 'coast'], contentHash: 'c', clippedAt: Date.UTC(2026, 2, 3),
		versions: [{supersededAt: Date.UTC(2026, 2, 4), changes: ['Title changed.'], clip: {...makeExtraction({title: 'Old title'}), clippedAt: 1, tags: [], note: '', contentHash: 'old', version: 1}}],
	}),
];
const BACKUP: LibraryBackup = {format: 'govclip-library', version: 1, exportedAt: '2026-03-05T10:00:00.000Z', clips: CLIPS};
const backupFile = write('library.json', JSON.stringify(BACKUP));

function write(name: string, contents: string | Buffer): string {
	const path = join(folder, name);
	writeFileSync(path, contents);
	return path;
}

function run(args: string[], stdin = '') {
	let stdout = '';
	let stderr = '';
	const code = runCli(args, {stdout: text => (stdout += text), stderr: text => (stderr += text), readStdin: () => Buffer.from(stdin), now: () => NOW});
	return {code, stdout, stderr};
}

/** What the library page would export for the same clips: the CLI must write exactly this. */
function libraryExport(clips: Clip[], format: (typeof EXPORT_FORMATS)[number]) {
	return exportClips(clips, format, {now: NOW, sanitizer: createNodeSanitizer({loadRemoteImages: false})});
}

const asClips = (indexes: number[]): Clip[] => indexes.map(index => {
	const {versions, ...clip} = CLIPS[index]!;
	return {...clip, id: index + 1};
});

test('every format of the whole backup is what the library exports for the same clips', () => {
	for (const format of EXPORT_FORMATS) {
		const {code, stdout, stderr} = run(['export', backupFile, '--format', format]);
		assert.equal(code, 0, `${format}: ${stderr}`);
		assert.equal(stdout, libraryExport(asClips([0, 1, 2]), format).contents, format);
	}
});

test('each format holds every selected clip, as its own reader sees it', () => {
	const out = (format: string) => run(['export', backupFile, '--format', format]).stdout;
	const markdown = out('markdown');
	assert.equal(parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!).items, 3);
	assert.match(markdown, /## Contents\n\n1\. Coastal towns fund opens[\s\S]*\n3\. £40 million/);
	assert.match(out('html'), /^<!doctype html>[\s\S]*Content-Security-Policy[\s\S]*<h1 class="pack-title">/);
	const csv = out('csv');
	assert.equal(csv.trimEnd().split('\r\n').length, 4, 'a header and three rows');
	assert.equal(out('ris').match(/^ER {2}- /gm)?.length, 3);
	assert.equal(out('bibtex').match(/^@\w+\{/gm)?.length, 3);
	assert.deepEqual(JSON.parse(out('csl-json')).map((item: {title: string}) => item.title), CLIPS.map(clip => clip.title));
	assert.deepEqual(JSON.parse(out('json')).map((item: {title: string}) => item.title), CLIPS.map(clip => clip.title));
});

test('list numbers the clips as --id reads them', () => {
	const {code, stdout} = run(['list', backupFile]);
	assert.equal(code, 0);
	assert.deepEqual(stdout.trimEnd().split('\n'), [
		'1  2026-02-03  Coastal towns fund opens — Department for Levelling Up  [coast]',
		'2  2019-06-20  UK and Singapore sign agreement on digital government services — FCO  [digital, Singapore]',
		'3  2026-03-12  £40 million for community flood defences — Defra  [flooding, coast]',
	]);
});

test('--id, --tag and --dept select clips; repeated options mean any of them, different ones narrow', () => {
	const titles = (args: string[]) => JSON.parse(run(['export', backupFile, '--format', 'json', ...args]).stdout).map((item: {title: string}) => item.title);
	assert.deepEqual(titles(['--id', '3']), [CLIPS[2]!.title]);
	assert.deepEqual(titles(['--id', '3,1']), [CLIPS[0]!.title, CLIPS[2]!.title], 'in backup order');
	assert.deepEqual(titles(['--tag', 'COAST']), [CLIPS[0]!.title, CLIPS[2]!.title]);
	assert.deepEqual(titles(['--tag', 'digital', '--tag', 'flooding']), [CLIPS[1]!.title, CLIPS[2]!.title]);
	assert.deepEqual(titles(['--dept', 'defra']), [CLIPS[2]!.title], 'the short form');
	assert.deepEqual(titles(['--dept', 'commonwealth']), [CLIPS[1]!.title], 'part of the name');
	assert.deepEqual(titles(['--tag', 'coast', '--dept', 'Environment']), [CLIPS[2]!.title]);
	assert.equal(run(['export', backupFile, '--format', 'ris', '--id', '2']).stdout, libraryExport(asClips([1]), 'ris').contents);
});

test('a selection that matches nothing, or a number not in the backup, is refused and writes nothing', () => {
	const out = join(folder, 'none.md');
	for (const [args, message] of [
		[['--tag', 'zebra'], /No clip in .*library\.json matches --tag "zebra"\. Nothing was written\./],
		[['--id', '9'], /holds 3 clips: there is no clip 9 /],
	] as const) {
		const {code, stderr} = run(['export', backupFile, '--format', 'markdown', '--out', out, ...args]);
		assert.equal(code, 1);
		assert.match(stderr, message);
		assert.ok(!existsSync(out));
	}
});

test('--out writes a file, or into a folder under the name exports make; --each writes one file per clip', () => {
	const file = join(folder, 'pack.md');
	const {code, stdout} = run(['export', backupFile, '--format', 'markdown', '--out', file, '--title', 'Coast and floods']);
	assert.equal(code, 0);
	assert.equal(stdout, `${file}\n`);
	assert.match(readFileSync(file, 'utf8'), /^---\ntitle: "Coast and floods"\n/);

	const packFolder = join(folder, 'packs/');
	assert.equal(run(['export', backupFile, '--format', 'html', '--out', packFolder]).code, 0);
	assert.deepEqual(readdirSync(packFolder), ['2026-04-02 GovClip briefing pack - 3 clips.html']);

	const each = join(folder, 'each/');
	assert.equal(run(['export', backupFile, '--format', 'bibtex', '--out', each, '--each']).code, 0);
	assert.deepEqual(readdirSync(each).sort(), [
		'2019-06-20 FCO - UK and Singapore sign agreement on digital government services.bib',
		'2026-02-03 Department for Levelling Up - Coastal towns fund opens.bib',
		'2026-03-12 Defra - £40 million for community flood defences.bib',
	]);
	assert.equal(readFileSync(join(each, '2026-03-12 Defra - £40 million for community flood defences.bib'), 'utf8'), libraryExport(asClips([2]), 'bibtex').contents);
});

test('two clips with the same file name both keep theirs; existing files are replaced only with --force', () => {
	const twins = write('twins.json', JSON.stringify({...BACKUP, clips: [CLIPS[0], {...CLIPS[0], url: 'https://www.gov.uk/b', canonicalUrl: 'https://www.gov.uk/b'}]}));
	const out = join(folder, 'twins/');
	assert.equal(run(['export', twins, '--format', 'markdown', '--out', out, '--each']).code, 0);
	assert.deepEqual(readdirSync(out).sort(), [
		'2026-02-03 Department for Levelling Up - Coastal towns fund opens (2).md',
		'2026-02-03 Department for Levelling Up - Coastal towns fund opens.md',
	]);
	const again = run(['export', twins, '--format', 'markdown', '--out', out, '--each']);
	assert.equal(again.code, 1);
	assert.match(again.stderr, /already exist: add --force to replace\. Nothing was written\./);
	assert.equal(run(['export', twins, '--format', 'markdown', '--out', out, '--each', '--force']).code, 0);
});

test('reads a backup from standard input', () => {
	const {code, stdout} = run(['export', '-', '--format', 'csv', '--id', '1'], JSON.stringify(BACKUP));
	assert.equal(code, 0);
	assert.match(stdout, /Coastal towns fund opens/);
});

test('a corrupt or foreign file is refused in one line of words, exit 1, and nothing is written', () => {
	const cases: [string, RegExp][] = [
		[write('empty.json', ''), /empty\.json is not a GovClip library backup: it is empty\. Nothing was written\./],
		[write('cut.json', JSON.stringify(BACKUP).slice(0, 200)), /cut\.json is not a GovClip library backup: it is not JSON \(.+\)\. Nothing was written\./],
		[write('doc.pdf', Buffer.from('%PDF-1.7\n\u0000binary')), /doc\.pdf is not a GovClip library backup: it is a PDF\./],
		[write('latin1.json', Buffer.from([0x7b, 0x22, 0xe9, 0x22, 0x7d])), /it is not UTF-8 text/],
		[write('csl.json', run(['export', backupFile, '--format', 'csl-json']).stdout), /it is a list \(a JSON or CSL-JSON export\?\)/],
		[write('other.json', '{"format": "zotero", "items": []}'), /other\.json: This file is not a GovClip library backup that GovClip can read: it does not say "format": "govclip-library"\. Nothing was written\./],
		[write('future.json', JSON.stringify({...BACKUP, version: 2})), /it is version 2; this GovClip reads version 1\. Nothing was written\./],
		[write('bad-clip.json', JSON.stringify({...BACKUP, clips: [CLIPS[0], {...CLIPS[1], contacts: 'none'}]})), /clip 2 has a missing or malformed "contacts"\. Nothing was written\./],
		[join(folder, 'missing.json'), /Cannot read .*missing\.json: no such file\./],
	];
	for (const [path, message] of cases) {
		const out = join(folder, 'refused/');
		const {code, stdout, stderr} = run(['export', path, '--format', 'markdown', '--out', out, '--each']);
		assert.equal(code, 1, path);
		assert.equal(stdout, '');
		assert.match(stderr, message);
		assert.equal(stderr.trim().split('\n').length, 1, 'one line');
		assert.ok(!existsSync(out), `${path}: nothing written`);
	}
});

test('wrong usage of export exits 2 with the usage', () => {
	for (const args of [
		['export', backupFile],
		['export', backupFile, '--format', 'pdf'],
		['export', backupFile, '--format', 'csv', '--id', 'two'],
		['export', backupFile, '--format', 'csv', '--each'],
		['export', backupFile, '--format', 'csv', '--out', join(folder, 'x.csv'), '--each'],
		['export', '--format', 'csv'],
		['list'],
	]) {
		const {code, stderr} = run(args);
		assert.equal(code, 2, args.join(' '));
		assert.match(stderr, /Usage:/);
	}
	assert.equal(run(['export', '--help']).code, 0);
});
