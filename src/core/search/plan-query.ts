/** Turns a parsed query into what matching needs: groups of alternative terms with their idf, phrases, dates. */
import {facetQueryTerms} from './facets.ts';
import {idf} from './fields.ts';
import type {LiveIndex} from './live-index.ts';
import type {ParsedQuery} from './parse-query.ts';
import {scanWords} from './tokenize.ts';

/** A clip matches a group when it holds any of its terms; its score is the best of them. */
export type TermGroup = {
	terms: string[];
	/** Parallel to `terms`; 0 for filters, which select but do not score. */
	idfs: number[];
	/** Words and phrase words score; filters only select. */
	scored: boolean;
	/** A free word, which an OR fallback may drop. */
	relaxable: boolean;
};

/** A clip is excluded when it matches every group, and (for a phrase) the phrase is found in its text. */
export type Exclusion = {groups: TermGroup[]; phrase: string[] | null};

export type QueryPlan = {
	required: TermGroup[];
	exclusions: Exclusion[];
	/** Phrases as sequences of query terms (stop words included), to check on candidate text. */
	phrases: string[][];
	dates: {field: 'published' | 'clipped'; first: number; last: number}[];
	/** True when the query asks for something but nothing in it can match (e.g. only stop words). */
	unmatchable: boolean;
};

export type PlanOptions = {prefix: boolean; maxExpansions: number};

function group(terms: string[], live: LiveIndex, scored: boolean, relaxable: boolean): TermGroup {
	const unique = [...new Set(terms)];
	return {terms: unique, idfs: unique.map(term => (scored ? idf(live.df(term), live.docCount) : 0)), scored, relaxable};
}

/** The last word being typed: its own term, plus dictionary terms it begins, backing off a letter or two
 * when none does ("polici" is on its way to "policies", indexed as "policy"). */
function prefixTerms(folded: string, exact: string | null, live: LiveIndex, limit: number): string[] {
	let expanded: string[] = [];
	for (let cut = 0; cut <= 2 && expanded.length === 0 && folded.length - cut >= 2; cut++) {
		expanded = live.expandPrefix(folded.slice(0, folded.length - cut), limit);
	}
	return exact === null ? expanded : [exact, ...expanded];
}

function phraseTerms(text: string): string[] {
	return scanWords(text).map(span => span.forms[0]!);
}

export function planQuery(query: ParsedQuery, live: LiveIndex, options: PlanOptions): QueryPlan {
	const required: TermGroup[] = [];
	const exclusions: Exclusion[] = [];
	const phrases: string[][] = [];
	query.words.forEach((word, w) => {
		const spans = scanWords(word);
		spans.forEach((span, s) => {
			const typing = options.prefix && query.lastWordIsPrefix && w === query.words.length - 1 && s === spans.length - 1;
			const exact = span.stop ? null : span.forms[0]!;
			const terms = typing ? prefixTerms(span.folded, exact, live, options.maxExpansions) : exact ? [exact] : [];
			if (terms.length) required.push(group(terms, live, true, true));
		});
	});
	for (const phrase of query.phrases) {
		const spans = scanWords(phrase).filter(span => !span.stop);
		if (spans.length === 0) continue; // only stop words: nothing to look up, so the phrase is ignored
		for (const span of spans) required.push(group([span.forms[0]!], live, true, false));
		if (spans.length > 1) phrases.push(phraseTerms(phrase));
	}
	for (const text of [...query.excludedWords, ...query.excludedPhrases]) {
		const spans = scanWords(text).filter(span => !span.stop);
		if (spans.length === 0) continue;
		const groups = spans.map(span => group([span.forms[0]!], live, false, false));
		exclusions.push({groups, phrase: spans.length > 1 ? phraseTerms(text) : null});
	}
	const dates: QueryPlan['dates'] = [];
	for (const filter of query.filters) {
		if (filter.kind === 'date') {
			dates.push({field: filter.field, first: filter.first, last: filter.last});
			continue;
		}
		const terms = facetQueryTerms(filter.facet, filter.value);
		if (terms.length === 0) continue;
		const groups = terms.map(term => group([term], live, false, false));
		if (filter.negated) exclusions.push({groups, phrase: null});
		else required.push(...groups);
	}
	// Text made only of stop words ("the") finds nothing, rather than everything; beside a filter it is ignored.
	const textGroups = required.filter(g => g.scored).length;
	const asked = query.words.length + query.phrases.length > 0;
	return {required, exclusions, phrases, dates, unmatchable: asked && textGroups === 0 && query.filters.length === 0};
}
