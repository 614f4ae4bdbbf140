/**
 * A hit's snippet, made from a window of its text: core's makeSnippet reads every word it is given (about
 * 2 µs a word with stemming), so twenty 600-word clips would cost more than the search. The window sits
 * around the first place a query word appears; when none does literally (an accented spelling, a stem
 * that changes the ending), the whole text is read as before.
 */
import type {ParsedQuery} from '../core/search/parse-query.ts';
import {makeSnippet, snippetQuery, type SnippetQuery} from '../core/search/snippet.ts';
import {scanWords} from '../core/search/tokenize.ts';
import type {SearchSnippet} from '../shared/search-types.ts';

const BEFORE = 150;
const AFTER = 250;
const ELLIPSIS = '…';

/** The folded query words, shortened so that "housing" also finds "houses" and "pumps" finds "pump". */
function needlesOf(query: ParsedQuery): string[] {
	const words = [...query.words, ...query.phrases].flatMap(text => scanWords(text).filter(span => !span.stop).map(span => span.folded));
	return [...new Set(words.map(word => (word.length <= 4 ? word : word.slice(0, Math.min(8, word.length - 2)))))];
}

/** Where the window around the first literal match starts and ends, on word boundaries; null when none matches. */
function windowOf(text: string, needles: readonly string[]): [number, number] | null {
	const lower = text.toLowerCase();
	let first = -1;
	for (const needle of needles) {
		const at = lower.indexOf(needle);
		if (at >= 0 && (first < 0 || at < first)) first = at;
	}
	if (first < 0) return null;
	let start = Math.max(0, first - BEFORE);
	let end = Math.min(text.length, first + AFTER);
	if (start > 0) start = text.indexOf(' ', start) + 1 || first;
	if (end < text.length) end = Math.max(first + 1, text.lastIndexOf(' ', end));
	return [start, end];
}

function openingOf(text: string): [number, number] {
	const end = text.lastIndexOf(' ', BEFORE + AFTER);
	return [0, end > 0 ? end : BEFORE + AFTER];
}

/**
 * The snippets of one query: what it looks for is worked out once, for every hit of a result page. Each is the snippet
 * as the UI shows it: "…" where it cuts the text, highlights as [start, end) pairs into its `text`.
 */
export function hitSnippets(query: ParsedQuery): (text: string) => SearchSnippet {
	const needles = needlesOf(query);
	const matcher: SnippetQuery = snippetQuery(query);
	return text => {
		const [from, to] = text.length <= BEFORE + AFTER ? [0, text.length]
			: needles.length === 0 ? openingOf(text) // a list without words shows each clip's opening
			: windowOf(text, needles) ?? [0, text.length];
		const snippet = makeSnippet(text.slice(from, to), matcher);
		const lead = from + snippet.start > 0 ? ELLIPSIS : '';
		const tail = from + snippet.end < text.length ? ELLIPSIS : '';
		return {
			text: `${lead}${snippet.text}${tail}`,
			highlights: snippet.highlights.map(({start, end}): [number, number] => [start + lead.length, end + lead.length]),
		};
	};
}
