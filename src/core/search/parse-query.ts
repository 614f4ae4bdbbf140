/**
 * The search box's syntax. Never throws: whatever does not parse as syntax is searched as text.
 *
 *   budget housing          both words (AND); falls back to either word when no clip has both
 *   "net zero"              a phrase          -brexit  -"net zero"   exclusions
 *   dept:"Cabinet Office"   department / publisher (also department:, publisher:); all its words
 *   type:"press release"    document type (also doctype:)      tag:brexit (also tags:)    site:gov.uk (also domain:)
 *   after:2024-01  before:2024-06-30  published:2024     published dates, inclusive, by year, month or day
 *   clipped-after:…  clipped-before:…  clipped:…         the same for the date a clip was saved (UTC)
 *   -tag:draft  -after:2024                             any filter can be negated
 * The last word, while still being typed (no space after it), also matches as a prefix.
 */
import {dayRange} from './dates.ts';
import type {FacetName} from './facets.ts';

export type DateField = 'published' | 'clipped';

export type QueryFilter =
	| {kind: 'facet'; facet: FacetName; value: string; negated: boolean}
	/** Inclusive day range (dates.ts); -Infinity / Infinity for an open end. */
	| {kind: 'date'; field: DateField; first: number; last: number};

export type ParsedQuery = {
	/** Free words and unquoted text, as typed. */
	words: string[];
	phrases: string[];
	excludedWords: string[];
	excludedPhrases: string[];
	filters: QueryFilter[];
	/** True when the last of `words` is still being typed, so it should also match as a prefix. */
	lastWordIsPrefix: boolean;
};

const FACET_KEYS: Record<string, FacetName> = {
	dept: 'dept', department: 'dept', publisher: 'dept',
	type: 'type', doctype: 'type',
	tag: 'tag', tags: 'tag',
	site: 'site', domain: 'site',
};

const DATE_KEYS: Record<string, {field: DateField; side: 'after' | 'before' | 'on'}> = {
	after: {field: 'published', side: 'after'}, since: {field: 'published', side: 'after'},
	before: {field: 'published', side: 'before'}, until: {field: 'published', side: 'before'},
	published: {field: 'published', side: 'on'},
	'clipped-after': {field: 'clipped', side: 'after'},
	'clipped-before': {field: 'clipped', side: 'before'},
	clipped: {field: 'clipped', side: 'on'},
};

/** Turns a date key and value into filters; negating an open range flips it ("-after:X" is "before X"). */
function dateFilter(key: string, value: string, negated: boolean): QueryFilter | null {
	const spec = DATE_KEYS[key];
	const range = spec ? dayRange(value) : null;
	if (!spec || !range || (negated && spec.side === 'on')) {
		return null;
	}
	const {field, side} = spec;
	if (side === 'after') {
		return negated ? {kind: 'date', field, first: -Infinity, last: range.first - 1} : {kind: 'date', field, first: range.first, last: Infinity};
	}
	if (side === 'before') {
		return negated ? {kind: 'date', field, first: range.last + 1, last: Infinity} : {kind: 'date', field, first: -Infinity, last: range.last};
	}
	return {kind: 'date', field, first: range.first, last: range.last};
}

/** Reads `"…"` from `at` (the opening quote); an unclosed quote runs to the end. */
function readQuoted(text: string, at: number): {value: string; next: number} {
	const close = text.indexOf('"', at + 1);
	const end = close === -1 ? text.length : close;
	return {value: text.slice(at + 1, end).trim(), next: close === -1 ? end : end + 1};
}

/** Where a filter was typed: [start, end) in the query text (a leading "-" included) and its key, lower-cased. */
export type FilterPlace = {start: number; end: number; key: string};

export function parseQuery(text: string): ParsedQuery {
	return readQuery(text).query;
}

/** The parsed query, and where each of its filters stands in the text (`places[i]` for `query.filters[i]`). */
export function readQuery(text: string): {query: ParsedQuery; places: FilterPlace[]} {
	const query: ParsedQuery = {words: [], phrases: [], excludedWords: [], excludedPhrases: [], filters: [], lastWordIsPrefix: false};
	const places: FilterPlace[] = [];
	let lastWasWord = false;
	let at = 0;
	while (at < text.length) {
		if (/\s/.test(text[at]!)) {
			at++;
			continue;
		}
		const negated = text[at] === '-' && at + 1 < text.length && !/\s/.test(text[at + 1]!);
		const start = negated ? at + 1 : at;
		lastWasWord = false;
		if (text[start] === '"') {
			const {value, next} = readQuoted(text, start);
			if (value) (negated ? query.excludedPhrases : query.phrases).push(value);
			at = next;
			continue;
		}
		const key = /^([a-z][a-z-]*):/i.exec(text.slice(start, start + 20))?.[1]?.toLowerCase();
		const valueAt = key === undefined ? -1 : start + key.length + 1;
		if (key !== undefined && (FACET_KEYS[key] || DATE_KEYS[key]) && valueAt < text.length && !/\s/.test(text[valueAt]!)) {
			const quoted = text[valueAt] === '"';
			const {value, next} = quoted ? readQuoted(text, valueAt) : {value: /^\S*/.exec(text.slice(valueAt))![0], next: -1};
			const end = quoted ? next : valueAt + value.length;
			const facet = FACET_KEYS[key];
			const filter = facet ? (value ? {kind: 'facet' as const, facet, value, negated} : null) : dateFilter(key, value, negated);
			if (filter) {
				query.filters.push(filter);
				places.push({start: at, end, key});
				at = end;
				continue;
			}
		}
		// Free text: up to the next space (a quote inside a word is just punctuation).
		const end = /^\S*/.exec(text.slice(start))![0].length + start;
		const word = text.slice(start, end).replaceAll('"', '');
		if (word) {
			(negated ? query.excludedWords : query.words).push(word);
			lastWasWord = !negated;
		}
		at = end;
	}
	query.lastWordIsPrefix = lastWasWord && !/\s$/.test(text);
	return {query, places};
}
