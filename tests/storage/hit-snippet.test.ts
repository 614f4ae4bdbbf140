import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseQuery, type ParsedQuery} from '../../src/core/search/parse-query.ts';
import {hitSnippets} from '../../src/storage/hit-snippet.ts';

/** One hit's snippet, its query prepared for it alone. */
const hitSnippet = (text: string, query: ParsedQuery) => hitSnippets(query)(text);

const filler = (words: number, word = 'budget') => Array.from({length: words}, (_, i) => `${word}${i % 7 ? '' : ','}`).join(' ');

const marked = ({text, highlights}: {text: string; highlights: [number, number][]}) => highlights.map(([start, end]) => text.slice(start, end));

test('a long text is cut around the first match, with ellipses and highlights that point into the snippet', () => {
	const text = `${filler(300)} The new harbour dues apply from May. ${filler(300)}`;
	const snippet = hitSnippet(text, parseQuery('harbour dues '));
	assert.ok(snippet.text.startsWith('…') && snippet.text.endsWith('…'));
	assert.match(snippet.text, /The new harbour dues/);
	assert.ok(snippet.text.length < 300);
	assert.deepEqual(marked(snippet), ['harbour', 'dues']);
});

test('stemmed and prefix matches are found in the window too', () => {
	const text = `${filler(200)} Two new houses were built. ${filler(200)}`;
	assert.deepEqual(marked(hitSnippet(text, parseQuery('housing '))), ['houses']);
	assert.deepEqual(marked(hitSnippet(text, parseQuery('hou'))), ['houses']);
});

test('an accented spelling no literal search finds still gets its highlight from the whole text', () => {
	const text = `${filler(200)} Le plan pour l'économie circulaire. ${filler(200)}`;
	assert.match(marked(hitSnippet(text, parseQuery('economie '))).join(), /économie/);
});

test('a short text is shown from its start, without ellipses', () => {
	const snippet = hitSnippet('Rail timetables start in May.', parseQuery('may '));
	assert.deepEqual(snippet, {text: 'Rail timetables start in May.', highlights: [[25, 28]]});
});

test('a query without words shows the opening words', () => {
	const snippet = hitSnippet(filler(100), parseQuery('dept:treasury'));
	assert.ok(snippet.text.startsWith('budget, budget') && snippet.text.endsWith('…'));
	assert.deepEqual(snippet.highlights, []);
});

test('the snippets of one query, prepared once, are those made one hit at a time', () => {
	const texts = [
		`${filler(300)} The new harbour dues apply from May. ${filler(300)}`,
		`${filler(200)} Two new houses were built. ${filler(200)}`,
		'Rail timetables start in May.',
		filler(100),
	];
	for (const query of ['harbour dues ', 'hou', '"new houses"', 'may ', 'dept:treasury']) {
		const parsed = parseQuery(query);
		const snippetOf = hitSnippets(parsed);
		for (const text of texts) assert.deepEqual(snippetOf(text), hitSnippet(text, parsed), query);
	}
});
