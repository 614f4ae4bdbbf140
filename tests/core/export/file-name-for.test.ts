// File names: "YYYY-MM-DD <department> - <title>.<ext>", valid on Windows, macOS and Linux for any title (R10).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {fileNameFor, MAX_FILE_NAME_BYTES, packFileName} from '../../../src/core/export/file-name-for.ts';
import {fileNameProblems as problems} from './export-checks.ts';
import {shortDepartment} from '../../../src/core/export/short-department.ts';
import {germanClip, govukClip, hostileClip, makeClip, NOW} from './export-fixtures.ts';
import {hostileTitles} from './hostile-titles.ts';

test('names say the day, the department and the title', () => {
	assert.equal(fileNameFor(govukClip, 'md'), '2019-06-20 FCO - SIN SG facilitates new UK-SG MoU.md');
	assert.equal(fileNameFor(germanClip, 'html'), '2025-03-12 BMI - Neue Förderrichtlinie Länder erhalten 50 Mio. Euro für den Bevölkerungsschutz.html');
	assert.equal(fileNameFor(makeClip({title: 'Cabinet update', publisher: 'Cabinet Office', publishedAt: null}), 'csv'), '2026-01-14 Cabinet Office - Cabinet update.csv');
	assert.equal(fileNameFor(makeClip({title: 'No department', publisher: null}), 'ris'), '2025-03-04 No department.ris');
});

test('departments are abbreviated only with an abbreviation that exists, else cut at a word', () => {
	assert.equal(shortDepartment('Home Office'), 'Home Office');
	assert.equal(shortDepartment('Department for Education'), 'DfE');
	assert.equal(shortDepartment('Agency for Coastal Resilience (ACR)'), 'ACR');
	assert.equal(shortDepartment('Office for Coastal Resilience Funding', 'The Office for Coastal Resilience Funding (OCRF) said'), 'OCRF');
	assert.equal(shortDepartment('Office for Coastal Resilience Funding', 'OCRF officials met today.'), 'OCRF');
	assert.equal(shortDepartment('Office for Coastal Resilience Funding', 'No abbreviation here.'), 'Office for Coastal Resilience Funding');
	assert.equal(shortDepartment('Ministry of Agriculture, Forestry, Fisheries and Rural Development of the Republic'), 'Ministry of Agriculture, Forestry');
});

test('a hostile title still gives a valid name', () => {
	const name = fileNameFor(hostileClip, 'md');
	assert.deepEqual(problems(name, 'md'), []);
	assert.doesNotMatch(name, /\u202E/);
});

test('200 hostile titles (with hostile departments too) all give valid, distinct-enough names', () => {
	const titles = hostileTitles(200);
	assert.equal(titles.length, 200);
	for (const [index, title] of titles.entries()) {
		for (const ext of ['md', 'html', 'csv']) {
			const clip = makeClip({title, publisher: index % 3 === 0 ? titles[(index * 7) % titles.length]! : 'Cabinet Office', publishedAt: index % 2 ? '2024-05-06' : null});
			const name = fileNameFor(clip, ext);
			assert.deepEqual(problems(name, ext), [], `${JSON.stringify(title)} → ${JSON.stringify(name)}`);
		}
	}
});

test('reserved device names are never the whole name, even without a date', () => {
	for (const title of ['CON', 'con', 'NUL', 'Com1', 'LPT¹', 'CONIN$', 'aux.txt']) {
		const name = fileNameFor(makeClip({title, publisher: null, publishedAt: null, clippedAt: Number.NaN}), 'md');
		assert.deepEqual(problems(name, 'md'), [], name);
		assert.ok(name.startsWith('_'), name);
	}
});

test('long titles are cut at a whole character, with an ellipsis, inside both limits', () => {
	const name = fileNameFor(makeClip({title: `${'Résumé '.repeat(40)}👩‍👩‍👧 end`}), 'html');
	assert.deepEqual(problems(name, 'html'), []);
	assert.match(name, /…\.html$/);
	const cjk = fileNameFor(makeClip({title: '長'.repeat(150)}), 'md');
	assert.deepEqual(problems(cjk, 'md'), []);
	assert.ok(new TextEncoder().encode(cjk).length <= MAX_FILE_NAME_BYTES);
});

test('a pack name says the day, what it is and how many clips', () => {
	assert.equal(packFileName([govukClip, germanClip], 'html', {now: NOW}), '2026-01-15 GovClip briefing pack - 2 clips.html');
	assert.equal(packFileName([govukClip, govukClip], 'ris', {now: NOW, label: 'citations'}), '2026-01-15 FCO citations - 2 clips.ris');
	assert.equal(packFileName([govukClip], 'md', {now: NOW}), fileNameFor(govukClip, 'md'));
	assert.throws(() => fileNameFor(govukClip, '../x'), TypeError);
});

test('a title of dots or spaces only is "Untitled", not a bare date', () => {
	for (const title of ['', ' ', '.', '..', ' . ']) {
		assert.equal(fileNameFor(makeClip({title, publisher: null, publishedAt: null}), 'md'), '2026-01-14 Untitled.md');
	}
});
