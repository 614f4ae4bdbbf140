// CSV: one row per clip, RFC 4180, a BOM for spreadsheets, formulas from page text neutralised.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {CSV_COLUMNS, csvCell, toCsv} from '../../../src/core/export/to-csv.ts';
import {wellFormed} from '../../../src/core/export/well-formed.ts';
import {parseCsv} from './export-checks.ts';
import {germanClip, govukClip, HOSTILE_TITLE, hostileClip, makeClip} from './export-fixtures.ts';

test('starts with a UTF-8 BOM and a header row, ends every record with CRLF', () => {
	const csv = toCsv([govukClip, germanClip]);
	assert.ok(csv.startsWith('\uFEFF"Title","Department",'));
	assert.ok(csv.endsWith('\r\n'));
	assert.equal(csv.split('\r\n').length, 4);
	const rows = parseCsv(csv.slice(1));
	assert.deepEqual(rows[0], [...CSV_COLUMNS]);
});

test('one row per clip with the metadata, counts and canonical URL', () => {
	const [, govuk, german] = parseCsv(toCsv([govukClip, germanClip]).slice(1));
	assert.deepEqual(govuk, [
		'SIN SG facilitates new UK-SG MoU', 'Foreign & Commonwealth Office', 'press release', '2019-06-20', '2019-06-21T09:30:00+01:00',
		'https://www.gov.uk/government/news/sin-sg-facilitates-new-uk-sg-mou', '2026-01-14T09:00:00.000Z', 'trade; Singapore', '2', '4',
	]);
	assert.equal(german?.[0], germanClip.title);
	assert.equal(german?.[1], 'Bundesministerium des Innern und für Heimat');
	assert.equal(german?.[7], 'Bevölkerungsschutz');
});

test('quotes, commas and line breaks stay inside their cell', () => {
	const clip = makeClip({title: 'He said "yes", then\r\nleft', publisher: 'A, B and C'});
	const [, row] = parseCsv(toCsv([clip]).slice(1));
	assert.equal(row?.[0], 'He said "yes", then\r\nleft');
	assert.equal(row?.[1], 'A, B and C');
	assert.equal(row?.length, CSV_COLUMNS.length);
});

test('cells that a spreadsheet would run as formulas get a leading apostrophe', () => {
	for (const payload of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', ' =1', '\u00A0=cmd', '\uFF1D1+1']) {
		assert.equal(csvCell(payload), `"'${payload}"`, JSON.stringify(payload));
	}
	for (const harmless of ['Plain', '2019-06-20', 'a=b', 'x-y', 'mail@x']) {
		assert.equal(csvCell(harmless), `"${harmless}"`);
	}
	const [, row] = parseCsv(toCsv([hostileClip]).slice(1));
	assert.equal(row?.[0], `'${wellFormed(HOSTILE_TITLE)}`);
	assert.equal(row?.[7], `'${hostileClip.tags.join('; ')}`);
	assert.equal(row?.[5], 'https://evil.example/news');
});

test('numbers are plain numbers, and no lone surrogate reaches the file', () => {
	const [, row] = parseCsv(toCsv([hostileClip]).slice(1));
	assert.deepEqual(row?.slice(8), ['1', '2']);
	assert.doesNotMatch(toCsv([hostileClip]), /[\uD800-\uDFFF]/);
});
