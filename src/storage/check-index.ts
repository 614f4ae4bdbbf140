/**
 * Whether the search index describes the library: the clips against the merged doc table with the
 * pending entries laid over it. Reads the stored records, never a cache, so it sees what a fresh page would.
 */
import type {ClipDb, SearchStateRow} from './db.ts';
import {EMPTY_STATE} from './index-changes.ts';
import {readHead} from './index-reader.ts';
import {bucketOf} from './posting-buckets.ts';

/** Dictionary terms whose postings are looked for: enough to notice lost buckets, cheap at any size. */
const SAMPLE = 64;

export type IndexCheck = {
	/** Every clip is indexed or pending, and the index holds nothing else. */
	ok: boolean;
	clips: number;
	/** Clips in the merged index. */
	indexed: number;
	pending: number;
	/** No head record: the index was never merged, or it was lost. */
	headMissing: boolean;
	/** Terms the head names have no postings (checked on a sample spread over the dictionary). */
	postingsMissing: boolean;
	/** The doc table holds clips but no dictionary slice is left: a prefix being typed would find none of them. */
	termsMissing: boolean;
	/** The state's pending count differs from the pending entries stored (searches would skip some). */
	pendingMiscounted: boolean;
	/** Clips that no search can find (first 100). */
	missing: number[];
	/** Ids the index holds for clips that no longer exist (first 100). */
	orphans: number[];
	/** Clips without a search text row, or rows without a clip (first 100): result lists would skip or lack them. */
	textsOutOfStep: number[];
};

/** Whether rebuildIndex is due: a search would miss clips, or find ghosts. */
export async function checkIndex(db: ClipDb): Promise<IndexCheck> {
	const {ids, textIds, head, headRow, state, pending, sample, buckets} = await db.transaction('r', [db.clips, db.searchHead, db.searchTerms, db.pending, db.postings, db.searchTexts], async () => {
		const {head, row: headRow} = await readHead(db);
		const {terms} = head.dictionary;
		const sample = [...new Set(Array.from({length: Math.min(SAMPLE, terms.length)}, (_, i) => terms[Math.floor((i * terms.length) / SAMPLE)]!))];
		return {
			ids: await db.clips.toCollection().primaryKeys(),
			textIds: await db.searchTexts.toCollection().primaryKeys(),
			head,
			headRow,
			state: (await db.searchHead.get('state')) as SearchStateRow | undefined ?? EMPTY_STATE,
			pending: await db.pending.toArray(),
			sample,
			buckets: await db.postings.bulkGet(sample.map(bucketOf)),
		};
	});
	const live = new Set<number>(head.docs.ids);
	for (const entry of pending) {
		if (entry.doc) live.add(entry.id);
		else live.delete(entry.id);
	}
	const clips = new Set(ids);
	const missing = ids.filter(id => !live.has(id));
	const orphans = [...live].filter(id => !clips.has(id));
	const texts = new Set(textIds);
	const textsOutOfStep = [...ids.filter(id => !texts.has(id)), ...textIds.filter(id => !clips.has(id))];
	const postingsMissing = sample.some((term, i) => !buckets[i]?.lists.has(term));
	const pendingMiscounted = state.pendingCount !== pending.length;
	const termsMissing = head.docs.ids.length > 0 && head.dictionary.size === 0;
	return {
		ok: missing.length === 0 && orphans.length === 0 && !postingsMissing && !termsMissing && !pendingMiscounted && textsOutOfStep.length === 0,
		clips: ids.length,
		indexed: head.docs.ids.length,
		pending: pending.length,
		headMissing: headRow === undefined,
		postingsMissing,
		termsMissing,
		pendingMiscounted,
		missing: missing.slice(0, 100),
		orphans: orphans.slice(0, 100),
		textsOutOfStep: textsOutOfStep.slice(0, 100),
	};
}

export type LibraryStats = {clips: number; versions: number; terms: number; indexed: number; pending: number};

/** Counts for a settings or about page. */
export async function libraryStats(db: ClipDb): Promise<LibraryStats> {
	return db.transaction('r', [db.clips, db.versions, db.searchHead, db.searchTerms, db.pending], async () => {
		const {head} = await readHead(db);
		return {
			clips: await db.clips.count(),
			versions: await db.versions.count(),
			terms: head.dictionary.size,
			indexed: head.docs.ids.length,
			pending: await db.pending.count(),
		};
	});
}
