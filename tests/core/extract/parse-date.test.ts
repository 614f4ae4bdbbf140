import assert from 'node:assert/strict';
import {test} from 'node:test';
import {findDates, normalizeDate, parseRelativeDate} from '../../../src/core/extract/parse-date.ts';

const first = (text: string, monthFirst = false) => findDates(text, {monthFirst})[0]?.iso ?? null;

test('reads English dates in both orders', () => {
	assert.equal(first('Published 4 August 2014'), '2014-08-04');
	assert.equal(first('December 23, 2016'), '2016-12-23');
	assert.equal(first('Sept. 3, 2020 at 10:00'), '2020-09-03');
	assert.equal(first('September 11th, 2011'), '2011-09-11');
});

test('reads German, French and Spanish month names', () => {
	assert.equal(first('Veröffentlicht am 3. Juli 2018'), '2018-07-03');
	assert.equal(first('Wien, 12. Jänner 2021'), '2021-01-12');
	assert.equal(first('le 1er mars 2021'), '2021-03-01');
	assert.equal(first('Publié le 12 décembre 2021'), '2021-12-12');
	assert.equal(first('17 de marzo de 2021'), '2021-03-17');
});

test('reads numeric dates, day first unless the page is American', () => {
	assert.equal(first('Stand: 25.01.2022'), '2022-01-25');
	assert.equal(first('03/07/2018'), '2018-07-03');
	assert.equal(first('03/07/2018', true), '2018-03-07');
	assert.equal(first('13/07/2018', true), '2018-07-13'); // 13 cannot be a month
});

test('finds a date glued to the next block of text', () => {
	assert.equal(first('27.01.2022MineralölINFO November 2021'), '2022-01-27');
});

test('rejects impossible dates', () => {
	assert.equal(first('31 September 2020'), null);
	assert.equal(first('Version 1.2.3'), null);
	assert.equal(first('Call 0228 8491 4444'), null);
});

test('keeps machine-readable dates as precise as written', () => {
	assert.equal(normalizeDate('2016-12-23T16:42:59-05:00'), '2016-12-23T16:42:59-05:00');
	assert.equal(normalizeDate('2016-12-23T16:42-0500'), '2016-12-23T16:42:00-05:00');
	assert.equal(normalizeDate('2014-08-04'), '2014-08-04');
	assert.equal(normalizeDate('Monday 4 August 2014'), '2014-08-04');
	assert.equal(normalizeDate(''), null);
	assert.equal(normalizeDate('2014-13-45'), null);
});

test('resolves relative dates against the injected clock', () => {
	const now = Date.UTC(2025, 0, 15, 12);
	assert.equal(parseRelativeDate('Published 1 day ago', now), '2025-01-14');
	assert.equal(parseRelativeDate('yesterday', now), '2025-01-14');
	assert.equal(parseRelativeDate('vor 3 Tagen', now), '2025-01-12');
	assert.equal(parseRelativeDate('2 hours ago', now), '2025-01-15');
	assert.equal(parseRelativeDate('in the news', now), null);
});
