/**
 * Folding pending entries into postings, in steps the storage layer can spread over several transactions:
 * record a change, plan a merge, apply it term by term (in shards of any size), then update the head.
 */
import type {IndexDoc} from './clip-to-index-doc.ts';
import {Dictionary, sliceKey} from './dictionary.ts';
import {updateDocTable, type DocTable} from './doc-table.ts';
import type {IndexHead, PendingEntry} from './index-store.ts';
import {EMPTY_POSTINGS, mergePostings, removeIds, type PostingList} from './postings.ts';

/**
 * The pending entry for a change to clip `id`. `previous` is what the postings may already hold for it:
 * the entry it replaces (not merged yet) and/or the IndexDoc of the version last merged. A delete is
 * `next` = null. Everything stays idempotent, so a merge interrupted half-way can simply run again.
 */
export function pendingEntry(id: number, next: IndexDoc | null, previous: {pending?: PendingEntry; indexed?: IndexDoc} = {}): PendingEntry {
	const stale = new Set<string>(previous.pending?.stale);
	for (const term of previous.pending?.doc?.terms ?? []) stale.add(term);
	for (const term of previous.indexed?.terms ?? []) stale.add(term);
	return {id, doc: next, stale: [...stale].sort()};
}

/** What one term's postings gain and lose in a merge. */
export type PostingDelta = {remove: Uint32Array; add: PostingList};

export type MergePlan = {
	/** Every term whose postings change, sorted: shard this list to bound each transaction. */
	terms: string[];
	deltas: ReadonlyMap<string, PostingDelta>;
	/** The ids the plan covers: drop their pending entries in the transaction that writes the head. */
	ids: Uint32Array;
};

export function planMerge(entries: readonly PendingEntry[]): MergePlan {
	const sorted = [...entries].sort((a, b) => a.id - b.id); // keeps every delta's ids ascending
	const removals = new Map<string, number[]>();
	const additions = new Map<string, {ids: number[]; weights: number[]}>();
	for (const {id, doc, stale} of sorted) {
		for (const term of stale) {
			let ids = removals.get(term);
			if (!ids) removals.set(term, (ids = []));
			ids.push(id);
		}
		doc?.terms.forEach((term, i) => {
			let added = additions.get(term);
			if (!added) additions.set(term, (added = {ids: [], weights: []}));
			added.ids.push(id);
			added.weights.push(doc.weights[i]!);
		});
	}
	const terms = [...new Set([...removals.keys(), ...additions.keys()])].sort();
	const deltas = new Map<string, PostingDelta>();
	for (const term of terms) {
		const added = additions.get(term);
		deltas.set(term, {
			remove: Uint32Array.from(removals.get(term) ?? []),
			add: added ? {ids: Uint32Array.from(added.ids), weights: Float32Array.from(added.weights)} : EMPTY_POSTINGS,
		});
	}
	return {terms, deltas, ids: Uint32Array.from(sorted, entry => entry.id)};
}

/** One term's new postings; undefined when none are left (delete the record). */
export function applyDelta(existing: PostingList | undefined, delta: PostingDelta): PostingList | undefined {
	const kept = existing ? removeIds(existing, delta.remove) : EMPTY_POSTINGS;
	const next = delta.add.ids.length ? mergePostings(kept, delta.add) : kept;
	return next.ids.length ? next : undefined;
}

/**
 * The head after a merge. `dfs` holds the new length of every posting list the plan touched
 * (0 for deleted ones), collected while applying the deltas.
 */
export function mergeHead(head: IndexHead, entries: readonly PendingEntry[], dfs: ReadonlyMap<string, number>): IndexHead {
	return {dictionary: head.dictionary.withCounts(dfs), docs: mergeDocs(head.docs, entries)};
}

/** The doc table after a merge of `entries`: the head's other half, which a store may write on its own. */
export function mergeDocs(docs: DocTable, entries: readonly PendingEntry[]): DocTable {
	const upserts = entries.flatMap(({doc}) => (doc ? [{id: doc.id, published: doc.published, clipped: doc.clipped}] : []));
	const removed = Uint32Array.from(entries.filter(entry => !entry.doc), entry => entry.id).sort();
	return updateDocTable(docs, upserts, removed);
}

/** A merge's new document frequencies (`dfs`, as mergeHead takes them) grouped by dictionary slice (`sliceKey`). */
export function countsBySlice(dfs: ReadonlyMap<string, number>): Map<string, Map<string, number>> {
	const slices = new Map<string, Map<string, number>>();
	for (const [term, df] of dfs) {
		const key = sliceKey(term);
		let slice = slices.get(key);
		if (!slice) slices.set(key, (slice = new Map()));
		slice.set(term, df);
	}
	return slices;
}

/** A complete index from scratch: what a rebuild of a small library, or the memory store, does. */
export function buildIndex(docs: Iterable<IndexDoc>): {head: IndexHead; postings: Map<string, PostingList>} {
	const entries = [...docs].map(doc => pendingEntry(doc.id, doc));
	const plan = planMerge(entries);
	const postings = new Map<string, PostingList>();
	const dfs = new Map<string, number>();
	for (const term of plan.terms) {
		const list = applyDelta(undefined, plan.deltas.get(term)!);
		if (list) postings.set(term, list);
		dfs.set(term, list?.ids.length ?? 0);
	}
	const empty: IndexHead = {dictionary: Dictionary.empty, docs: {ids: new Uint32Array(0), published: new Int32Array(0), clipped: new Int32Array(0)}};
	return {head: mergeHead(empty, entries, dfs), postings};
}
