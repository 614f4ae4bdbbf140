/**
 * Ranked search over an index store: parse, expand the last word's prefix, fetch the few posting lists,
 * match them as typed arrays, score with BM25F, rank, and confirm phrases on the best candidates' text.
 */
import type {IndexReader} from './index-store.ts';
import {liveIndex} from './live-index.ts';
import {matchPlan, type Matches} from './match-plan.ts';
import {parseQuery, type ParsedQuery} from './parse-query.ts';
import {planQuery, type QueryPlan} from './plan-query.ts';
import type {PostingList} from './postings.ts';
import {rankHits} from './rank-hits.ts';
import {scanWords} from './tokenize.ts';
import {phraseChecker} from './verify-phrases.ts';

export type SearchOptions = {
	/** How many hits to return; 20 by default. */
	limit?: number;
	/** Match the last word as a prefix while it is being typed; true by default. */
	prefix?: boolean;
	/** The most dictionary terms a prefix expands to, most frequent first; 24 by default. */
	maxExpansions?: number;
	/** When no clip holds every word, return clips holding some (`relaxed`); true by default. */
	orFallback?: boolean;
	/** How many of the best candidates to read when the query has phrases; 300 by default. */
	maxPhraseChecks?: number;
};

export type SearchHit = {id: number; score: number};

export type SearchResult = {
	hits: SearchHit[];
	/** How many clips matched the words and filters; before phrase checks, so an upper bound when there are phrases. */
	total: number;
	/** No clip held every word, so the hits hold some of them. */
	relaxed: boolean;
};

const NOTHING: SearchResult = {hits: [], total: 0, relaxed: false};

function termsOf(plan: QueryPlan): string[] {
	const groups = [...plan.required, ...plan.exclusions.flatMap(exclusion => exclusion.groups)];
	return [...new Set(groups.flatMap(group => group.terms))];
}

/** The fewest and the most candidates one read of texts asks for. */
const MIN_BATCH = 8;
const MAX_BATCH = 64;

/**
 * How many candidates to read next: as many as the share that has passed so far says the page still needs, so that a
 * phrase most of the best candidates lack (words that meet often but apart) costs a few reads, not one per page of
 * candidates; a read of texts is a round trip to storage. The share is taken as 1/8 at least: one batch too many is
 * read at worst.
 */
function batchSize(needed: number, kept: number, checked: number): number {
	const share = checked === 0 ? 1 : Math.max(kept / checked, 1 / 8);
	return Math.min(MAX_BATCH, Math.max(MIN_BATCH, Math.ceil(needed / share)));
}

/** Reads candidates best first, in batches, keeping those whose text has every phrase and no excluded one. */
async function confirmPhrases(plan: QueryPlan, matches: Matches, order: number[], store: IndexReader, limit: number): Promise<number[]> {
	const kept: number[] = [];
	const excludedPhrases = plan.exclusions.flatMap(({phrase}) => (phrase ? [phrase] : []));
	for (let at = 0; at < order.length && kept.length < limit; ) {
		const batch = order.slice(at, at + batchSize(limit - kept.length, kept.length, at));
		at += batch.length;
		const texts = await store.texts(batch.map(i => matches.ids[i]!));
		batch.forEach((i, b) => {
			const fields = texts[b];
			if (!fields || kept.length >= limit) return;
			const has = phraseChecker(fields);
			const suspect = matches.suspects.has(matches.ids[i]!);
			if (plan.phrases.every(has) && !(suspect && excludedPhrases.some(has))) kept.push(i);
		});
	}
	return kept;
}

/**
 * The shortest prefix the plan may expand (planQuery backs off to two letters, never fewer), so the slice of
 * the dictionary to read; null when the query expands none.
 */
function expandedPrefix(parsed: ParsedQuery, prefix: boolean): string | null {
	if (!prefix || !parsed.lastWordIsPrefix || parsed.words.length === 0) return null;
	const typed = scanWords(parsed.words.at(-1)!).at(-1);
	return typed && typed.folded.length >= 2 ? typed.folded.slice(0, 2) : null;
}

export async function search(query: string | ParsedQuery, store: IndexReader, options: SearchOptions = {}): Promise<SearchResult> {
	const {limit = 20, prefix = true, maxExpansions = 24, orFallback = true, maxPhraseChecks = 300} = options;
	const parsed = typeof query === 'string' ? parseQuery(query) : query;
	// The dictionary only expands a prefix being typed, and only the slice that prefix falls in is read.
	const typed = expandedPrefix(parsed, prefix);
	const [docs, pending, dictionary] = await Promise.all([store.docs(), store.pending(), typed === null ? null : store.dictionary(typed)]);
	let live = liveIndex({docs, dictionary}, pending);
	let plan = planQuery(parsed, live, {prefix, maxExpansions});
	if (plan.unmatchable || plan.required.length + plan.exclusions.length + plan.dates.length === 0) {
		return NOTHING;
	}
	const terms = termsOf(plan);
	const lists = await store.postings(terms);
	const postings = new Map<string, PostingList>();
	terms.forEach((term, i) => lists[i] && postings.set(term, lists[i]));
	// Planned again with the document frequencies the posting lists give (the numbers the dictionary records
	// for them): the same terms, now with their idf. A slice of the dictionary knows only its own terms.
	live = liveIndex({docs, dictionary}, pending, term => postings.get(term)?.ids.length ?? dictionary?.df(term) ?? 0);
	plan = planQuery(parsed, live, {prefix, maxExpansions});

	let matches = matchPlan(plan, live, postings, 'all');
	let relaxed = false;
	if (matches.ids.length === 0 && orFallback && plan.required.filter(group => group.relaxable).length > 1) {
		matches = matchPlan(plan, live, postings, 'any');
		relaxed = matches.ids.length > 0;
	}
	const needsText = plan.phrases.length > 0 || matches.suspects.size > 0;
	let order = rankHits(matches, needsText ? Math.max(limit, maxPhraseChecks) : limit);
	if (needsText) {
		order = await confirmPhrases(plan, matches, order, store, limit);
	}
	return {hits: order.map(i => ({id: matches.ids[i]!, score: matches.scores[i]!})), total: matches.ids.length, relaxed};
}
