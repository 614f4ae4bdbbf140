import {test} from 'node:test';
import assert from 'node:assert/strict';
import {facetToken, filterSpans, publishedBounds, removeSpan, setPublishedBound, toggleFacet} from '../../../src/core/library/query-filters.ts';
import {parseQuery} from '../../../src/core/search/parse-query.ts';

const chunks = (text: string) => filterSpans(text).map(span => text.slice(span.start, span.end));

test('finds each filter as typed, quoted values and negations included, and leaves words and phrases alone', () => {
	const text = 'flood dept:"Cabinet Office" after:2024-01-01 "net zero" tag:brexit -tag:draft site:gov.uk type:"press release" -brexit';
	assert.deepEqual(chunks(text), ['dept:"Cabinet Office"', 'after:2024-01-01', 'tag:brexit', '-tag:draft', 'site:gov.uk', 'type:"press release"']);
	assert.deepEqual(filterSpans(text).map(span => span.key), ['dept', 'after', 'tag', 'tag', 'site', 'type']);
});

test('agrees with the query parser: the same filters, in the same order', () => {
	for (const text of [
		'dept:"Cabinet Office" after:2024-01 before:2024-06-30 tag:brexit',
		'after:someday dept: tag:"" published:2024 -published:2024 clipped-after:2025',
		'department:"Home Office flood -after:2024 since:2020 until:2021-02',
		'"dept:quoted phrase" word:colon https://gov.uk/x type:speech',
	]) {
		assert.deepEqual(filterSpans(text).map(span => span.filter), parseQuery(text).filters, text);
	}
});

test('removing a chip removes exactly its text and closes the gap', () => {
	const text = 'flood dept:"Cabinet Office" tag:brexit';
	const [dept, tag] = filterSpans(text);
	assert.equal(removeSpan(text, dept!), 'flood tag:brexit');
	assert.equal(removeSpan(text, tag!), 'flood dept:"Cabinet Office"');
	assert.equal(removeSpan('tag:a', filterSpans('tag:a')[0]!), '');
});

test('facet values become filters, quoted when they have spaces, and a second pick takes them out', () => {
	assert.equal(facetToken('dept', 'Cabinet Office'), 'dept:"Cabinet Office"');
	assert.equal(facetToken('tag', 'brexit'), 'tag:brexit');
	assert.equal(facetToken('year', '2024'), 'published:2024');
	assert.equal(facetToken('type', 'say "hi"'), 'type:"say hi"');
	const once = toggleFacet('flood', 'dept', 'Cabinet Office');
	assert.equal(once, 'flood dept:"Cabinet Office" ');
	assert.deepEqual(parseQuery(once).filters, [{kind: 'facet', facet: 'dept', value: 'Cabinet Office', negated: false}]);
	assert.equal(toggleFacet(once, 'dept', 'cabinet office').trim(), 'flood');
	// A typed filter counts as picked too: the facet list takes it out.
	assert.equal(toggleFacet('tag:Brexit flood', 'tag', 'brexit'), 'flood');
	assert.equal(toggleFacet('published:2024', 'year', '2024'), '');
});

test('the published range reads from after:/before: and writes them back', () => {
	assert.deepEqual(publishedBounds('flood after:2024-01 before:2024-06-30'), {from: '2024-01-01', to: '2024-06-30'});
	assert.deepEqual(publishedBounds('-after:2024'), {from: '', to: '2023-12-31'});
	assert.deepEqual(publishedBounds('published:2024 flood'), {from: '', to: ''});
	const from = setPublishedBound('flood after:2020', 'from', '2024-03-01');
	assert.equal(from, 'flood after:2024-03-01 ');
	const both = setPublishedBound(from, 'to', '2024-04-30');
	assert.deepEqual(publishedBounds(both), {from: '2024-03-01', to: '2024-04-30'});
	assert.equal(setPublishedBound(both, 'from', '').trim(), 'flood before:2024-04-30');
	assert.equal(setPublishedBound('before:2024', 'to', ''), '');
});

test('agrees with the query parser on any mix of filter-like pieces, and removing every chip leaves no filter', async () => {
	const fc = (await import('fast-check')).default;
	const piece = fc.constantFrom('dept:', 'tag:', '-tag:', 'after:', 'before:', '-after:', 'published:', 'type:', 'site:', 'x:', '"', ' ', '  ', '-', '2024', '-03', 'Cabinet', 'Office', 'net zero', 'a"b', ':');
	fc.assert(fc.property(fc.array(piece, {maxLength: 12}), pieces => {
		const text = pieces.join('');
		const spans = filterSpans(text);
		assert.deepEqual(spans.map(span => span.filter), parseQuery(text).filters, JSON.stringify(text));
		const stripped = [...spans].reverse().reduce((next, span) => removeSpan(next, span), text);
		assert.deepEqual(parseQuery(stripped).filters, [], JSON.stringify(stripped));
	}), {numRuns: 2000});
});
