/**
 * The filters typed in a search box, as spans of its text: what the filter chips show, remove and add.
 * The spans come from the search's own parser (readQuery), so the chips can never disagree with what the
 * search does.
 */
import {parseQuery, readQuery, type QueryFilter} from '../search/parse-query.ts';

export type FilterSpan = {
	/** [start, end) in the query text, the leading "-" of a negated filter included. */
	start: number;
	end: number;
	/** The key as typed, lower-cased: dept, department, tag, after, published… */
	key: string;
	filter: QueryFilter;
};

/** The facets a person can pick from a list, and the key each is typed with. */
export type PickedFacet = 'dept' | 'type' | 'tag' | 'year';

const DAY_MS = 86_400_000;

/** Every filter in `text`, in order, where the search's own parser found it. */
export function filterSpans(text: string): FilterSpan[] {
	const {query, places} = readQuery(text);
	return places.map((place, i) => ({...place, filter: query.filters[i]!}));
}

/** The text without one filter, the spaces around it closed up. */
export function removeSpan(text: string, span: Pick<FilterSpan, 'start' | 'end'>): string {
	const before = text.slice(0, span.start).replace(/\s+$/, '');
	const after = text.slice(span.end).replace(/^\s+/, '');
	return before && after ? `${before} ${after}` : before + after;
}

/** A value as the query syntax writes it: quoted when it has spaces; quotes inside cannot be typed, so they go. */
function quoteValue(value: string): string {
	const clean = value.replaceAll('"', '').replace(/\s+/g, ' ').trim();
	return /[\s:]/.test(clean) || clean.startsWith('-') ? `"${clean}"` : clean;
}

/** The filter text for a facet value: dept:"Cabinet Office", type:"press release", tag:brexit, published:2024. */
export function facetToken(facet: PickedFacet, value: string): string {
	return facet === 'year' ? `published:${value.replace(/\D/g, '')}` : `${facet}:${quoteValue(value)}`;
}

/** The one filter a token such as `dept:"Cabinet Office"` reads as, or null when it reads as anything else too. */
function tokenFilter(token: string): QueryFilter | null {
	const parsed = parseQuery(token);
	const loose = parsed.words.length + parsed.phrases.length + parsed.excludedWords.length + parsed.excludedPhrases.length;
	return parsed.filters.length === 1 && loose === 0 ? parsed.filters[0]! : null;
}

/** Whether a span is the filter `facetToken(facet, value)` would add. */
export function spanMatches(span: FilterSpan, facet: PickedFacet, value: string): boolean {
	const wanted = tokenFilter(facetToken(facet, value));
	const {filter} = span;
	if (!wanted || wanted.kind !== filter.kind) {
		return false;
	}
	if (wanted.kind === 'facet' && filter.kind === 'facet') {
		return !filter.negated && wanted.facet === filter.facet && wanted.value.toLowerCase() === filter.value.toLowerCase();
	}
	return wanted.kind === 'date' && filter.kind === 'date' && wanted.field === filter.field && wanted.first === filter.first && wanted.last === filter.last;
}

/** Adds the filter for a facet value, or takes it out when it is there already (a facet list toggles). */
export function toggleFacet(text: string, facet: PickedFacet, value: string): string {
	const present = filterSpans(text).filter(span => spanMatches(span, facet, value));
	if (present.length > 0) {
		return present.reverse().reduce((next, span) => removeSpan(next, span), text);
	}
	const base = text.replace(/\s+$/, '');
	return `${base}${base ? ' ' : ''}${facetToken(facet, value)} `;
}

/** A day number (days since 1970-01-01, UTC) as YYYY-MM-DD, what a date input holds. */
export function isoDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

function isPublishedBound(span: FilterSpan, side: 'from' | 'to'): boolean {
	const {filter} = span;
	if (filter.kind !== 'date' || filter.field !== 'published') {
		return false;
	}
	return side === 'from' ? Number.isFinite(filter.first) && filter.last === Infinity : filter.first === -Infinity && Number.isFinite(filter.last);
}

/** The published-date range the query's after: and before: filters leave: every one must hold, so the tightest. */
export function publishedBounds(text: string): {from: string; to: string} {
	let first = -Infinity;
	let last = Infinity;
	for (const span of filterSpans(text)) {
		if (span.filter.kind !== 'date') continue;
		if (isPublishedBound(span, 'from')) first = Math.max(first, span.filter.first);
		if (isPublishedBound(span, 'to')) last = Math.min(last, span.filter.last);
	}
	return {from: Number.isFinite(first) ? isoDay(first) : '', to: Number.isFinite(last) ? isoDay(last) : ''};
}

/** Replaces the open-ended published filters (after:, before:…) with the range given; an empty side has none. */
export function setPublishedBound(text: string, side: 'from' | 'to', day: string): string {
	const spans = filterSpans(text).filter(span => isPublishedBound(span, side));
	let next = spans.reverse().reduce((current, span) => removeSpan(current, span), text).replace(/\s+$/, '');
	if (/^\d{4}-\d{2}-\d{2}$/.test(day)) {
		next = `${next}${next ? ' ' : ''}${side === 'from' ? 'after' : 'before'}:${day}`;
	}
	return next ? `${next} ` : '';
}
