import assert from 'node:assert/strict';
import test from 'node:test';
import {highlightRanges, makeSnippet, type HighlightRange} from '../../../src/core/search/snippet.ts';

function marked(text: string, ranges: HighlightRange[]): string[] {
	return ranges.map(({start, end}) => text.slice(start, end));
}

const ARTICLE = [
	'The department published its annual report today.',
	'It covers staffing, estates and procurement across every region of the country in some detail.',
	'Separately, ministers confirmed new funding for flood defences along the east coast,',
	'with flood barriers to be built in twelve towns by 2027.',
	'The report also lists the consultations that closed during the year and what each one changed.',
].join(' ');

test('the snippet is the window with the most query words, and its ranges mark them', () => {
	const snippet = makeSnippet(ARTICLE, 'flood funding', {words: 12});
	assert.ok(snippet.text.includes('funding for flood defences'), snippet.text);
	assert.equal(ARTICLE.slice(snippet.start, snippet.end), snippet.text);
	assert.deepEqual(marked(snippet.text, snippet.highlights), ['funding', 'flood', 'flood']);
});

test('stemmed, accented and prefix matches are highlighted', () => {
	assert.deepEqual(marked('Ministers announced new policies.', highlightRanges('Ministers announced new policies.', 'announce policy')), ['announced', 'policies']);
	assert.deepEqual(marked("L'Économie française", highlightRanges("L'Économie française", 'economie')), ["L'Économie"]);
	assert.deepEqual(marked('Herr Müller sagte', highlightRanges('Herr Müller sagte', 'Mueller')), ['Müller']);
	assert.deepEqual(marked('The Ministry and the minister', highlightRanges('The Ministry and the minister', 'minis')), ['Ministry', 'minister']);
	assert.deepEqual(highlightRanges('The Ministry', 'minis '), [], 'a finished word is not a prefix');
	assert.deepEqual(marked('See IP/24/1234 now', highlightRanges('See IP/24/1234 now', 'IP/24/1234')), ['IP/24/1234']);
});

test('a phrase is one mark, stop words included, and only where the words are consecutive', () => {
	const text = 'Department for Education and the education department';
	assert.deepEqual(marked(text, highlightRanges(text, '"department for education"')), ['Department for Education']);
});

test('excluded words and filters are not highlighted', () => {
	assert.deepEqual(highlightRanges('Brexit trade news', '-brexit tag:trade'), []);
});

test('without a match the snippet is the opening words; empty text gives an empty snippet', () => {
	const snippet = makeSnippet(ARTICLE, 'zebra', {words: 5});
	assert.equal(snippet.text, 'The department published its annual');
	assert.deepEqual(snippet.highlights, []);
	assert.deepEqual(makeSnippet('', 'x'), {text: '', start: 0, end: 0, highlights: []});
});

test('the snippet keeps the punctuation that closes its last word', () => {
	const snippet = makeSnippet('Funding rises in 2027. Next sentence here.', 'funding', {words: 4});
	assert.equal(snippet.text, 'Funding rises in 2027.');
});

test('ranges never split a surrogate pair or escape the text', () => {
	const text = '😀 flood 𝒻lood flood';
	for (const {start, end} of highlightRanges(text, 'flood')) {
		assert.ok(start >= 0 && end <= text.length && start < end);
		assert.ok(!/[\udc00-\udfff]/.test(text[start]!), 'starts on a whole character');
	}
});

test('a snippet marks what a full scan of the same text marks, for stems that add or drop letters and for short terms', () => {
	// The snippet stems only words whose first letters a query word has; highlightRanges stems every word.
	const text = 'They were hoping for news: aged ties, tied votes, its 2,000 policies, IP/24/1234, a hop and an ox in Müller’s co-operation with l’économie.';
	for (const query of ['hope', 'hoping', 'ho', 'hop', 'tie', 'ti', 'age', 'a ', 'an', 'ox', 'policy', 'polic', '2000', '"aged ties"', '"a hop"', 'mueller', 'operation', 'economie', 'news', 'its', 'ip/24/1234', 'x']) {
		const words = 60;
		assert.deepEqual(makeSnippet(text, query, {words}).highlights, highlightRanges(text, query), query);
	}
});
