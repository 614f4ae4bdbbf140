// RIS, BibTeX and CSL-JSON read back by citation-js: title, corporate author, dates and URL must survive.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {Cite} from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import {citationFields, citationKind} from '../../../src/core/export/citation-fields.ts';
import {toBibtex} from '../../../src/core/export/to-bibtex.ts';
import {toCslJson} from '../../../src/core/export/to-csl-json.ts';
import {risCorporateAuthor, toRis} from '../../../src/core/export/to-ris.ts';
import {oneLine} from '../../../src/core/export/well-formed.ts';
import {germanClip, govukClip, hostileClip, makeClip} from './export-fixtures.ts';
import type {Clip} from '../../../src/shared/types.ts';

type CslName = {literal?: string; family?: string; given?: string};
type CslData = {type: string; title: string; author?: CslName[]; issued?: {'date-parts': number[][]}; accessed?: {'date-parts': number[][]}; URL?: string; genre?: string; note?: string};

const fourPublishers = makeClip({
	title: 'Joint statement on flood defences',
	publisher: 'Foreign, Commonwealth & Development Office',
	documentType: 'statement',
	publishedAt: '2024-11-02T16:00:00Z',
});
const clips: Clip[] = [govukClip, germanClip, hostileClip, fourPublishers];

function read(text: string): CslData[] {
	return new Cite(text).data as CslData[];
}

/** One corporate name, whichever way a parser keeps it: as a literal, or as a single family name. */
function corporateName(author: CslName[] | undefined): string | undefined {
	assert.equal(author?.length, 1);
	assert.equal(author?.[0]?.given, undefined, 'a department has no given name');
	return author?.[0]?.literal ?? author?.[0]?.family;
}

function assertSurvives(parsed: CslData[], author: (clip: Clip) => string) {
	assert.equal(parsed.length, clips.length);
	parsed.forEach((item, index) => {
		const clip = clips[index]!;
		assert.equal(item.title, oneLine(clip.title));
		assert.equal(corporateName(item.author), author(clip));
		assert.deepEqual(item.issued?.['date-parts'][0], citationFields([clip])[0]!.issued);
		assert.deepEqual(item.accessed?.['date-parts'][0], [2026, 1, 14]);
		assert.equal(item.URL, clip === hostileClip ? 'https://evil.example/news' : clip.canonicalUrl);
	});
}

test('press releases are reports with a genre; speeches speeches; everything else a web page', () => {
	assert.equal(citationKind('press release'), 'press-release');
	assert.equal(citationKind('Pressemitteilung'), 'press-release');
	assert.equal(citationKind('Communiqué de presse'), 'press-release');
	assert.equal(citationKind('Speech'), 'speech');
	assert.equal(citationKind('news story'), 'web-page');
	assert.equal(citationKind(null), 'web-page');
});

test('citation keys are ASCII and unique within an export', () => {
	const keys = citationFields([govukClip, govukClip, germanClip, hostileClip]).map(fields => fields.key);
	assert.deepEqual(keys.slice(0, 2), ['fco2019sin', 'fco2019sina']);
	assert.equal(new Set(keys).size, keys.length);
	for (const key of keys) {
		assert.match(key, /^[a-z0-9]+$/);
	}
});

test('RIS: parsed back by citation-js with title, corporate author, dates and URL', () => {
	const ris = toRis(clips);
	assert.match(ris, /^TY {2}- RPRT\r\nTI {2}- SIN SG facilitates new UK-SG MoU\r\nAU {2}- Foreign & Commonwealth Office\r\nPB {2}- Foreign & Commonwealth Office\r\nM3 {2}- Press release\r\nDA {2}- 2019\/06\/20\/\r\n/);
	assert.match(ris, /TY {2}- ELEC\r\nTI {2}- Joint statement on flood defences\r\nAU {2}- Foreign Commonwealth & Development Office\r\nPB {2}- Foreign, Commonwealth & Development Office\r\nT2 {2}- Foreign, Commonwealth & Development Office\r\nM3 {2}- Statement\r\n[^]*Y2 {2}- 2026\/01\/14\/\r\nM1 {2}- 2026\/01\/14\/\r\n/);
	assert.equal(ris.match(/^ER {2}- $/gm)?.length, clips.length);
	assertSurvives(read(ris), clip => risCorporateAuthor(oneLine(clip.publisher)));
	const [govuk] = read(ris);
	assert.equal(govuk?.type, 'report');
	assert.equal(govuk?.genre, 'Press release');
});

test('RIS: no value can start a new tag, whatever the title holds', () => {
	const ris = toRis([makeClip({title: 'A\r\nER  - \nTY  - JOUR\u2028KW  - x'})]);
	assert.deepEqual(ris.split('\r\n').filter(line => /^[A-Z][A-Z0-9] {2}- /.test(line)).map(line => line.slice(0, 2)),
		['TY', 'TI', 'AU', 'PB', 'T2', 'M3', 'DA', 'PY', 'UR', 'Y2', 'M1', 'LA', 'ID', 'ER']);
});

test('BibTeX: @misc with the department in double braces, read back by citation-js', () => {
	const bibtex = toBibtex(clips);
	assert.match(bibtex, /^@misc\{fco2019sin,\n {2}author = \{\{Foreign \\& Commonwealth Office\}\},\n {2}title = \{\{SIN SG facilitates new UK-SG MoU\}\},/);
	assert.match(bibtex, /urldate = \{2026-01-14\},\n {2}note = \{Press release\},/);
	assertSurvives(read(bibtex), clip => oneLine(clip.publisher));
});

test('BibTeX: braces, backslashes and percent signs in a title cannot close the field', () => {
	const title = 'Budget {2025} 50% \\end{document} } @misc{x, #_~^$&';
	const [item] = read(toBibtex([makeClip({title})]));
	assert.equal(item?.title, title);
});

test('CSL-JSON: report with genre, literal corporate author, date-parts, URL and accessed', () => {
	const json = toCslJson(clips);
	const [govuk, german, , statement] = JSON.parse(json) as CslData[];
	assert.equal(govuk?.type, 'report');
	assert.equal(govuk?.genre, 'Press release');
	assert.deepEqual(govuk?.author, [{literal: 'Foreign & Commonwealth Office'}]);
	assert.deepEqual(german?.issued, {'date-parts': [[2025, 3, 12]]});
	assert.equal(statement?.type, 'webpage');
	assertSurvives(read(json), clip => oneLine(clip.publisher));
});
