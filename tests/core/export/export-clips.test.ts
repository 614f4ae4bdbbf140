// exportClips: every format gives a named, typed file; JSON carries the Extraction fields and round-trips (R10).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {EXPORT_FORMATS, exportClips} from '../../../src/core/export/export-clips.ts';
import {toExtraction} from '../../../src/core/export/to-json.ts';
import {AppError} from '../../../src/shared/errors.ts';
import {fileNameProblems} from './export-checks.ts';
import {germanClip, govukClip, hostileClip, NOW, sanitizer} from './export-fixtures.ts';

const options = {now: NOW, sanitizer};
const all = [govukClip, germanClip, hostileClip];

test('every format: a valid file name with the right extension, a MIME type with charset, contents', () => {
	const expected = {
		'markdown': ['md', 'text/markdown'], 'html': ['html', 'text/html'], 'csv': ['csv', 'text/csv'],
		'ris': ['ris', 'application/x-research-info-systems'], 'bibtex': ['bib', 'application/x-bibtex'],
		'csl-json': ['json', 'application/vnd.citationstyles.csl+json'], 'json': ['json', 'application/json'],
	};
	assert.deepEqual(EXPORT_FORMATS.toSorted(), Object.keys(expected).toSorted());
	for (const format of EXPORT_FORMATS) {
		for (const clips of [[govukClip], all]) {
			const file = exportClips(clips, format, options);
			const [ext, mime] = expected[format] as [string, string];
			assert.deepEqual(fileNameProblems(file.fileName, ext), [], file.fileName);
			assert.equal(file.mimeType, `${mime};charset=utf-8`);
			assert.ok(file.contents.length > 100);
			assert.doesNotMatch(file.contents.replace(/\\u[dD][89abAB][0-9a-fA-F]{2}/g, ''), /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/, `${format}: encodable as UTF-8`);
		}
	}
});

test('one clip is named after itself; several after the day and what the file holds', () => {
	assert.equal(exportClips([govukClip], 'markdown', options).fileName, '2019-06-20 FCO - SIN SG facilitates new UK-SG MoU.md');
	assert.equal(exportClips(all, 'html', options).fileName, '2026-01-15 GovClip briefing pack - 3 clips.html');
	assert.equal(exportClips(all, 'csv', options).fileName, '2026-01-15 GovClip clip list - 3 clips.csv');
	assert.equal(exportClips(all, 'bibtex', options).fileName, '2026-01-15 GovClip citations - 3 clips.bib');
	assert.equal(exportClips(all, 'json', options).fileName, '2026-01-15 GovClip extractions - 3 clips.json');
});

test('markdown and html of several clips are briefing packs, with the given title', () => {
	assert.match(exportClips(all, 'markdown', {...options, title: 'Week 3'}).contents, /^---\ntitle: "Week 3"\n/);
	assert.match(exportClips(all, 'html', {...options, title: 'Week 3'}).contents, /<h1 class="pack-title"><bdi>Week 3<\/bdi><\/h1>/);
});

test('json holds exactly the Extraction fields and round-trips, lone surrogates included', () => {
	const parsed = JSON.parse(exportClips(all, 'json', options).contents) as unknown[];
	assert.equal(parsed.length, 3);
	assert.deepEqual(parsed, all.map(toExtraction));
	const [first] = parsed as Array<Record<string, unknown>>;
	assert.deepEqual(Object.keys(first!).toSorted(), ['canonicalUrl', 'byline', 'contacts', 'contentHtml', 'documentType', 'isArticle', 'language', 'links',
		'publishedAt', 'publisher', 'summary', 'text', 'title', 'updatedAt', 'url', 'warnings'].toSorted());
	assert.equal((parsed[2] as {title: string}).title, hostileClip.title, 'the lone surrogate survives as a \\uD800 escape');
});

test('nothing to export, or an unknown format, is a typed error', () => {
	assert.throws(() => exportClips([], 'csv', options), (error: unknown) => error instanceof AppError && error.code === 'BAD_INPUT');
	assert.throws(() => exportClips(all, 'pdf' as never, options), (error: unknown) => error instanceof AppError && error.code === 'BAD_INPUT');
	assert.throws(() => exportClips(all, 'toString' as never, options), AppError);
});

test('exports are pure: the same input gives the same file, whatever the time', () => {
	const first = exportClips(all, 'html', options);
	const second = exportClips(all, 'html', options);
	assert.deepEqual(first, second);
});
