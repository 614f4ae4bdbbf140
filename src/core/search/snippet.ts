/**
 * Snippets and highlights: the window of a clip's text that best answers a query, and the ranges of the
 * words that matched it (stemmed, prefix and phrase matches included). Ranges, never HTML: the UI wraps
 * them in <mark> as text nodes.
 */
import {parseQuery, type ParsedQuery} from './parse-query.ts';
import {mayMatchAny, scanWords, type WordSpan} from './tokenize.ts';
import {findPhrase} from './verify-phrases.ts';

export type HighlightRange = {start: number; end: number};

export type Snippet = {
	text: string;
	/** Where `text` starts and ends in the full text; the UI adds "…" where these cut it. */
	start: number;
	end: number;
	/** Offsets into `text`. */
	highlights: HighlightRange[];
};

/** What highlighting needs of a query, made once (`snippetQuery`) for every snippet of a result page. */
export type SnippetQuery = {
	readonly terms: ReadonlySet<string>;
	readonly prefix: string | null;
	readonly phrases: readonly string[][];
	/** Whether a plain word (lower case) can match at all (`mayMatchAny`): the others are not stemmed. */
	readonly mayMatch: (lower: string) => boolean;
};

type Matcher = SnippetQuery;

export function snippetQuery(query: string | ParsedQuery): SnippetQuery {
	return matcherOf(query);
}

function isPrepared(query: string | ParsedQuery | SnippetQuery): query is SnippetQuery {
	return typeof query !== 'string' && 'terms' in query;
}

function matcherOf(query: string | ParsedQuery | SnippetQuery): Matcher {
	if (isPrepared(query)) return query;
	const parsed = typeof query === 'string' ? parseQuery(query) : query;
	const terms = new Set<string>();
	// A phrase's words are marked where the phrase occurs, not wherever one of them does.
	for (const text of parsed.words) {
		for (const span of scanWords(text)) if (!span.stop) terms.add(span.forms[0]!);
	}
	const last = parsed.lastWordIsPrefix ? scanWords(parsed.words.at(-1) ?? '').at(-1) : undefined;
	const prefix = last && last.folded.length >= 2 ? last.folded : null;
	const phrases = parsed.phrases.map(phrase => scanWords(phrase).map(span => span.forms[0]!));
	return {terms, prefix, phrases, mayMatch: mayMatchAny([...terms, ...(prefix ? [prefix] : []), ...phrases.flat()])};
}

/** The key a span matched under (to count distinct query words), or null. */
function matchKey(span: WordSpan, {terms, prefix}: Matcher): string | null {
	if (span.stop) return null;
	const term = span.forms.find(form => terms.has(form));
	if (term !== undefined) return term;
	return prefix && (span.folded.startsWith(prefix) || span.forms.some(form => form.startsWith(prefix))) ? `${prefix}…` : null;
}

/** Each span's match key, phrase occurrences marking all their words (stop words too). */
function matchKeys(spans: WordSpan[], matcher: Matcher): (string | null)[] {
	const keys = spans.map(span => matchKey(span, matcher));
	for (const phrase of matcher.phrases) {
		for (let at = findPhrase(spans, phrase); at >= 0; at = findPhrase(spans, phrase, at + phrase.length)) {
			for (let k = 0; k < phrase.length; k++) keys[at + k] = `"${phrase.join(' ')}"`;
		}
	}
	return keys;
}

function rangesOf(spans: WordSpan[], keys: (string | null)[], from: number, to: number, offset: number): HighlightRange[] {
	const ranges: HighlightRange[] = [];
	for (let i = from; i < to; i++) {
		if (keys[i] === null) continue;
		const last = ranges.at(-1);
		const start = spans[i]!.start - offset;
		// Words of one phrase join into one mark, spaces included.
		if (last && keys[i - 1] !== null && keys[i]!.startsWith('"') && keys[i] === keys[i - 1]) last.end = spans[i]!.end - offset;
		else ranges.push({start, end: spans[i]!.end - offset});
	}
	return ranges;
}

/** Every match in `text`: for short fields shown whole, such as titles. */
export function highlightRanges(text: string, query: string | ParsedQuery | SnippetQuery): HighlightRange[] {
	const spans = scanWords(text);
	return rangesOf(spans, matchKeys(spans, matcherOf(query)), 0, spans.length, 0);
}

/**
 * The window of about `words` words holding the most distinct query words (then the most matches, then
 * the earliest); the opening words when nothing matches.
 */
export function makeSnippet(text: string, query: string | ParsedQuery | SnippetQuery, {words = 30} = {}): Snippet {
	const matcher = matcherOf(query);
	const spans = scanWords(text, matcher.mayMatch);
	if (spans.length === 0) return {text: '', start: 0, end: 0, highlights: []};
	const keys = matchKeys(spans, matcher);
	const size = Math.min(words, spans.length);
	const counts = new Map<string, number>(); // matched keys inside the sliding window
	let hits = 0;
	let best = {from: 0, value: -1};
	for (let i = 0; i < spans.length; i++) {
		const entering = keys[i];
		if (entering != null) {
			counts.set(entering, (counts.get(entering) ?? 0) + 1);
			hits++;
		}
		const leaving = i >= size ? keys[i - size] : null;
		if (leaving != null) {
			const left = counts.get(leaving)! - 1;
			if (left === 0) counts.delete(leaving);
			else counts.set(leaving, left);
			hits--;
		}
		const value = counts.size * 1000 + hits;
		if (i >= size - 1 && value > best.value) best = {from: i - size + 1, value};
	}
	const first = spans[best.from]!;
	const last = spans[best.from + size - 1]!;
	// Keep the punctuation that closes the last word ("2024.", "Office)").
	const end = last.end + (/^[.,;:!?)\]’”"']*/.exec(text.slice(last.end))?.[0].length ?? 0);
	return {text: text.slice(first.start, end), start: first.start, end, highlights: rangesOf(spans, keys, best.from, best.from + size, first.start)};
}
