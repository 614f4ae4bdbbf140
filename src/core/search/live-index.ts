/**
 * The index as a query sees it: the merged head with the pending entries laid over it, so document counts,
 * frequencies and prefix expansion already include clips saved a moment ago.
 */
import type {IndexDoc} from './clip-to-index-doc.ts';
import {docRow} from './doc-table.ts';
import {FACET_MARK} from './facets.ts';
import type {Dictionary} from './dictionary.ts';
import type {DocTable} from './doc-table.ts';
import type {PendingEntry} from './index-store.ts';

/** The merged index as a query has it: the doc table, and the dictionary when the query needed it. */
export type LiveHead = {docs: DocTable; dictionary: Dictionary | null};

export type LiveIndex = {
	head: LiveHead;
	/** Pending clips that exist (not deletions), by ascending id. */
	pendingDocs: IndexDoc[];
	/** Every id with a pending entry, ascending: the postings' word on these is out of date. */
	masked: Uint32Array;
	docCount: number;
	df(term: string): number;
	/** Up to `limit` terms starting with `prefix`, merged and pending alike, most frequent first. */
	expandPrefix(prefix: string, limit: number): string[];
};

/** The weight `doc` gives `term`, or -1 when it lacks it (binary search: `terms` is sorted). */
export function weightIn(doc: IndexDoc, term: string): number {
	let lo = 0;
	let hi = doc.terms.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (doc.terms[mid]! < term) lo = mid + 1;
		else hi = mid;
	}
	return doc.terms[lo] === term ? doc.weights[lo]! : -1;
}

/**
 * `mergedDf`, when given, is the merged document frequency of a term: the length of its posting list, which
 * is the number the dictionary records for it (merge-pending.ts). Without it, the dictionary's; without
 * either, 0.
 */
export function liveIndex(head: LiveHead, pending: readonly PendingEntry[], mergedDf?: (term: string) => number): LiveIndex {
	const pendingDocs = pending.flatMap(entry => (entry.doc ? [entry.doc] : [])).sort((a, b) => a.id - b.id);
	let docCount = head.docs.ids.length;
	for (const entry of pending) {
		const merged = docRow(head.docs, entry.id) >= 0;
		docCount += entry.doc && !merged ? 1 : !entry.doc && merged ? -1 : 0;
	}
	const df = (term: string) => {
		let count = mergedDf ? mergedDf(term) : head.dictionary?.df(term) ?? 0;
		for (const doc of pendingDocs) {
			if (weightIn(doc, term) >= 0) count++;
		}
		// An edited clip can be counted twice (its old postings and its pending entry); never exceed the library.
		return Math.min(count, Math.max(docCount, 1));
	};
	const expandPrefix = (prefix: string, limit: number) => {
		const found = new Set(head.dictionary?.expandPrefix(prefix, limit));
		for (const doc of pendingDocs) {
			for (const term of doc.terms) {
				if (term.startsWith(prefix) && !term.startsWith(FACET_MARK)) found.add(term);
			}
		}
		if (found.size <= limit || pendingDocs.length === 0) {
			return [...found];
		}
		return [...found].map(term => ({term, df: df(term)})).sort((a, b) => b.df - a.df).slice(0, limit).map(({term}) => term);
	};
	return {
		head,
		pendingDocs,
		masked: Uint32Array.from(pending, entry => entry.id).sort(),
		docCount: Math.max(docCount, 0),
		df,
		expandPrefix,
	};
}
