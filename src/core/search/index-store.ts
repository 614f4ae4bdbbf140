/**
 * The contract between search and whatever keeps the index (IndexedDB in the extension, memory in tests):
 * the records a store holds, and the four reads a query makes.
 *
 * Records: one head (`encodeHead`), one postings record per term (`encodePostings`), one pending entry
 * per changed clip (keyed by id). The writes, each with a helper in merge-pending.ts:
 * - save or edit a clip: put `pendingEntry(id, clipToIndexDoc(clip), {pending, indexed})`, where `indexed`
 *   is `clipToIndexDoc(previous version)` if one was merged: about a millisecond, findable at once;
 * - delete a clip: the same with `null` as the doc;
 * - merge, in the background: `planMerge(entries)`, then `applyDelta` for shards of `plan.terms` (one
 *   transaction each), then `mergeHead` and the deletion of those pending entries in a last transaction.
 *   Every step is idempotent, so an interrupted merge just runs again. An entry replaced during the merge
 *   must survive it: delete an entry only if it is still the one that was planned;
 * - rebuild: clear postings and head, then merge batches of `pendingEntry(id, clipToIndexDoc(clip))`.
 * MemoryIndexStore takes the same steps and is the reference for their order.
 */
import type {ClipFields, IndexDoc} from './clip-to-index-doc.ts';
import {Dictionary, type EncodedDictionary} from './dictionary.ts';
import type {DocTable} from './doc-table.ts';
import type {PostingList} from './postings.ts';

/**
 * The merged index's summary: the dictionary and the doc table. A query reads the doc table, and a slice of
 * the dictionary only to expand a prefix; merges and checks read both whole. Describes merged clips only;
 * pending entries come on top.
 */
export type IndexHead = {dictionary: Dictionary; docs: DocTable};

/** The head as one structured-clone-safe record. */
export type EncodedHead = {dictionary: EncodedDictionary; docs: DocTable};

/**
 * A change not yet merged into postings. While an entry exists, search takes clip `id` from it and ignores
 * whatever the postings still say about that id, so a save, an edit or a delete shows at once.
 */
export type PendingEntry = {
	id: number;
	/** The clip as it is now; null once it is deleted. */
	doc: IndexDoc | null;
	/** Terms whose postings may still hold this id from an earlier version: merging removes it from them. */
	stale: string[];
};

/** The reads search makes. Each may be served from a cache; none may be stale by more than one merge. */
export type IndexReader = {
	/** The merged doc table alone: what every query needs. */
	docs(): Promise<DocTable>;
	/**
	 * A dictionary holding at least every merged term that starts with `prefix`, with its document frequency:
	 * what expanding a prefix being typed needs, and all it needs. A store may load only that slice of it
	 * (dictionary.ts, `sliceKey`).
	 */
	dictionary(prefix: string): Promise<Dictionary>;
	pending(): Promise<readonly PendingEntry[]>;
	/** Merged postings, parallel to `terms`; undefined where a term has none. */
	postings(terms: readonly string[]): Promise<(PostingList | undefined)[]>;
	/** The searchable text of clips, parallel to `ids`, to check phrases on the best candidates. */
	texts(ids: readonly number[]): Promise<(ClipFields | undefined)[]>;
};

export function encodeHead(head: IndexHead): EncodedHead {
	return {dictionary: head.dictionary.encode(), docs: head.docs};
}

export function decodeHead(encoded: EncodedHead): IndexHead {
	return {dictionary: Dictionary.decode(encoded.dictionary), docs: encoded.docs};
}
