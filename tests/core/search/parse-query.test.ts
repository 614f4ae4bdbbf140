import assert from 'node:assert/strict';
import test from 'node:test';
import {dayRange} from '../../../src/core/search/dates.ts';
import {parseQuery} from '../../../src/core/search/parse-query.ts';

const day = (iso: string) => dayRange(iso)!.first;

test('free words are kept as typed, and the last one is a prefix until a space follows it', () => {
	assert.deepEqual(parseQuery('school fund'), {words: ['school', 'fund'], phrases: [], excludedWords: [], excludedPhrases: [], filters: [], lastWordIsPrefix: true});
	assert.equal(parseQuery('school fund ').lastWordIsPrefix, false);
});

test('quoted phrases, excluded words and excluded phrases', () => {
	const query = parseQuery('"net zero" heat -gas -"fossil fuel"');
	assert.deepEqual(query.phrases, ['net zero']);
	assert.deepEqual(query.words, ['heat']);
	assert.deepEqual(query.excludedWords, ['gas']);
	assert.deepEqual(query.excludedPhrases, ['fossil fuel']);
	assert.equal(query.lastWordIsPrefix, false, 'the query ends with a phrase');
});

test('field filters, quoted or not, with their aliases', () => {
	const {filters, words} = parseQuery('dept:"Cabinet Office" department:Treasury publisher:DfE type:"press release" doctype:speech tag:brexit tags:nhs site:gov.uk domain:europa.eu pay');
	assert.deepEqual(words, ['pay']);
	assert.deepEqual(filters.map(f => (f.kind === 'facet' ? `${f.facet}=${f.value}` : '')), [
		'dept=Cabinet Office', 'dept=Treasury', 'dept=DfE', 'type=press release', 'type=speech', 'tag=brexit', 'tag=nhs', 'site=gov.uk', 'site=europa.eu',
	]);
});

test('filter keys are case-insensitive and filters can be negated', () => {
	assert.deepEqual(parseQuery('-TAG:draft').filters, [{kind: 'facet', facet: 'tag', value: 'draft', negated: true}]);
});

test('date filters are inclusive day ranges, by year, month or day', () => {
	assert.deepEqual(parseQuery('after:2024-01-15').filters, [{kind: 'date', field: 'published', first: day('2024-01-15'), last: Infinity}]);
	assert.deepEqual(parseQuery('before:2024-02').filters, [{kind: 'date', field: 'published', first: -Infinity, last: day('2024-02-29')}]);
	assert.deepEqual(parseQuery('published:2023').filters, [{kind: 'date', field: 'published', first: day('2023-01-01'), last: day('2023-12-31')}]);
	assert.deepEqual(parseQuery('clipped-after:2024/05/01 clipped-before:2024.05.31').filters, [
		{kind: 'date', field: 'clipped', first: day('2024-05-01'), last: Infinity},
		{kind: 'date', field: 'clipped', first: -Infinity, last: day('2024-05-31')},
	]);
	assert.deepEqual(parseQuery('since:2024 until:2024').filters.length, 2);
});

test('a negated date bound becomes the opposite bound', () => {
	assert.deepEqual(parseQuery('-after:2024').filters, [{kind: 'date', field: 'published', first: -Infinity, last: day('2023-12-31')}]);
	assert.deepEqual(parseQuery('-before:2024').filters, [{kind: 'date', field: 'published', first: day('2025-01-01'), last: Infinity}]);
});

test('unknown keys, bad dates and empty values are searched as text', () => {
	assert.deepEqual(parseQuery('foo:bar').words, ['foo:bar']);
	assert.deepEqual(parseQuery('after:yesterday').words, ['after:yesterday']);
	assert.deepEqual(parseQuery('after:2024-02-30').words, ['after:2024-02-30']);
	assert.deepEqual(parseQuery('dept: Treasury').words, ['dept:', 'Treasury']);
	assert.deepEqual(parseQuery('https://www.gov.uk/news').words, ['https://www.gov.uk/news']);
	assert.deepEqual(parseQuery('-published:2024').words, [], 'a negated exact date is not a filter; it is excluded text');
});

test('malformed input never throws', () => {
	assert.deepEqual(parseQuery('"net zero').phrases, ['net zero'], 'an unclosed quote runs to the end');
	assert.deepEqual(parseQuery('dept:"Cabinet Office').filters, [{kind: 'facet', facet: 'dept', value: 'Cabinet Office', negated: false}]);
	assert.deepEqual(parseQuery('- "" -"" dept:""'), {words: ['-', 'dept:'], phrases: [], excludedWords: [], excludedPhrases: [], filters: [], lastWordIsPrefix: true});
	assert.deepEqual(parseQuery('wo"rd').words, ['word']);
	for (const text of ['', '   ', '"', '-', '::', '-:', 'a:"', '""""', '-"-"', 'tag:', '\u0000', 'x'.repeat(10000)]) {
		assert.doesNotThrow(() => parseQuery(text), text);
	}
});
