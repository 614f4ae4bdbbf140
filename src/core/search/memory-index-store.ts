/**
 * An index store held in memory: the reference implementation of the store contract, used by tests and
 * benchmarks and fit for small libraries. It takes the same steps the IndexedDB store takes, in the same order.
 */
import {clipFields, clipToIndexDoc, type ClipFields, type IndexableClip} from './clip-to-index-doc.ts';
import {Dictionary} from './dictionary.ts';
import {EMPTY_DOC_TABLE, type DocTable} from './doc-table.ts';
import type {IndexHead, IndexReader, PendingEntry} from './index-store.ts';
import {applyDelta, buildIndex, mergeHead, pendingEntry, planMerge} from './merge-pending.ts';
import type {PostingList} from './postings.ts';

export class MemoryIndexStore implements IndexReader {
	private indexHead: IndexHead = {dictionary: Dictionary.empty, docs: EMPTY_DOC_TABLE};
	private readonly lists = new Map<string, PostingList>();
	private readonly pendingById = new Map<number, PendingEntry>();
	/** The clips as last saved; the version in postings, when it differs, is `merged`. */
	private readonly clips = new Map<number, IndexableClip>();
	private readonly merged = new Map<number, IndexableClip>();

	/** A store with `clips` already merged, nothing pending. */
	static fromClips(clips: Iterable<IndexableClip>): MemoryIndexStore {
		const store = new MemoryIndexStore();
		store.rebuild(clips);
		return store;
	}

	get pendingCount(): number {
		return this.pendingById.size;
	}

	/** Saves a new or changed clip: indexed on its own as a pending entry, so searches find it at once. */
	add(clip: IndexableClip): void {
		const old = this.merged.get(clip.id);
		const previous = {pending: this.pendingById.get(clip.id), indexed: old && clipToIndexDoc(old)};
		this.pendingById.set(clip.id, pendingEntry(clip.id, clipToIndexDoc(clip), previous));
		this.clips.set(clip.id, clip);
	}

	remove(id: number): void {
		const old = this.merged.get(id);
		const pending = this.pendingById.get(id);
		if (!old && !pending) return;
		this.pendingById.set(id, pendingEntry(id, null, {pending, indexed: old && clipToIndexDoc(old)}));
		this.clips.delete(id);
	}

	/**
	 * Folds every pending entry into postings, `shardSize` terms at a time: the IndexedDB store writes each
	 * shard in its own transaction, and the head plus the pending deletions in a last one.
	 */
	merge(shardSize = 500): {clips: number; terms: number} {
		const entries = [...this.pendingById.values()];
		const plan = planMerge(entries);
		const dfs = new Map<string, number>();
		for (let at = 0; at < plan.terms.length; at += shardSize) {
			for (const term of plan.terms.slice(at, at + shardSize)) {
				const next = applyDelta(this.lists.get(term), plan.deltas.get(term)!);
				if (next) this.lists.set(term, next);
				else this.lists.delete(term);
				dfs.set(term, next?.ids.length ?? 0);
			}
		}
		this.indexHead = mergeHead(this.indexHead, entries, dfs);
		for (const {id} of entries) {
			this.pendingById.delete(id);
			const clip = this.clips.get(id);
			if (clip) this.merged.set(id, clip);
			else this.merged.delete(id);
		}
		return {clips: entries.length, terms: plan.terms.length};
	}

	/** Replaces everything with `clips`, merged. */
	rebuild(clips: Iterable<IndexableClip>): void {
		this.clips.clear();
		this.merged.clear();
		this.pendingById.clear();
		for (const clip of clips) {
			this.clips.set(clip.id, clip);
			this.merged.set(clip.id, clip);
		}
		const {head, postings} = buildIndex([...this.clips.values()].map(clipToIndexDoc));
		this.indexHead = head;
		this.lists.clear();
		for (const [term, list] of postings) this.lists.set(term, list);
	}

	async docs(): Promise<DocTable> {
		return this.indexHead.docs;
	}

	async head(): Promise<IndexHead> {
		return this.indexHead;
	}

	async dictionary(): Promise<Dictionary> {
		return this.indexHead.dictionary;
	}

	async pending(): Promise<readonly PendingEntry[]> {
		return [...this.pendingById.values()];
	}

	async postings(terms: readonly string[]): Promise<(PostingList | undefined)[]> {
		return terms.map(term => this.lists.get(term));
	}

	async texts(ids: readonly number[]): Promise<(ClipFields | undefined)[]> {
		return ids.map(id => {
			const clip = this.clips.get(id);
			return clip && clipFields(clip);
		});
	}
}
