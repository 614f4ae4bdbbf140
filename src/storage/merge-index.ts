/**
 * Index upkeep in the background: folding pending entries into postings (mergePending) and building the
 * index again from the clips (rebuildIndex). Both follow core/search/merge-pending.ts step by step:
 * postings in shards of buckets (posting-buckets.ts), one transaction each, then the head and the pending
 * deletions in a last transaction. Every step is idempotent, so an interrupted merge or rebuild simply runs again.
 */
import {clipToIndexDoc} from '../core/search/clip-to-index-doc.ts';
import type {PendingEntry} from '../core/search/index-store.ts';
import {Dictionary} from '../core/search/dictionary.ts';
import {EMPTY_DOC_TABLE} from '../core/search/doc-table.ts';
import {applyDelta, countsBySlice, mergeDocs, pendingEntry, planMerge} from '../core/search/merge-pending.ts';
import {encodePostings} from '../core/search/postings.ts';
import type {Transaction} from 'dexie';
import type {ClipDb, PendingRow, PostingBucketRow, SearchHeadRow, SearchTermsRow} from './db.ts';
import {bumpState} from './index-changes.ts';
import {searchTextRow} from './search-texts.ts';
import {groupByBucket, listIn} from './posting-buckets.ts';

export type MergeOptions = {
	/** The most pending entries one call merges: bounds its memory and its time. */
	maxEntries?: number;
	/** Postings buckets per transaction: bounds how long a save may wait behind the merge. */
	shardBuckets?: number;
};

const running = new WeakMap<ClipDb, Promise<unknown>>();

/** Runs index upkeep for one database object one job at a time: two merges must not interleave their head writes. */
function serialized<T>(db: ClipDb, job: () => Promise<T>): Promise<T> {
	const next = (running.get(db) ?? Promise.resolve()).catch(() => undefined).then(job);
	running.set(db, next.catch(() => undefined));
	return next;
}

/**
 * The planned entries still stored as planned. An entry saved again during the merge has a higher `seq`
 * and stays: it carries the terms this merge wrote as stale. Reads the `seq` index only, not the entries.
 */
async function unchanged(db: ClipDb, planned: readonly PendingRow[]): Promise<number[]> {
	if (planned.length === 0) return [];
	const seqs = planned.map(entry => entry.seq);
	const range = () => db.pending.where('seq').between(Math.min(...seqs), Math.max(...seqs), true, true);
	const [keys, ids] = await Promise.all([range().keys(), range().primaryKeys()]);
	const current = new Map(ids.map((id, i) => [id, keys[i]]));
	return planned.filter(entry => current.get(entry.id) === entry.seq).map(entry => entry.id);
}

/**
 * Stops a merge or rebuild whose transaction `tx` no longer runs on the connection it started on. They span several
 * transactions; when the database is closed under them (deleted, or upgraded from another page), Dexie opens it again
 * for the next one, and what they read from the database that was must not be written into the one there now.
 */
function assertSameDatabase(tx: Transaction, connection: IDBDatabase): void {
	if (tx.idbtrans.db !== connection) {
		throw new DatabaseReplacedError();
	}
}

/** The database was closed and opened again under a merge or rebuild: it stops, and runs again on what is there now. */
export class DatabaseReplacedError extends Error {
	constructor() {
		super('The database was closed under the index merge; it will run again.');
		this.name = 'DatabaseReplacedError';
	}
}

/** Merges `entries` into postings and the head. Pending rows among them are deleted unless replaced meanwhile. */
async function applyEntries(db: ClipDb, entries: readonly PendingEntry[], shardBuckets: number, connection: IDBDatabase): Promise<void> {
	const plan = planMerge(entries);
	const dfs = new Map<string, number>();
	const groups = groupByBucket(plan.terms);
	const buckets = [...groups.keys()];
	for (let at = 0; at < buckets.length; at += shardBuckets) {
		const shard = buckets.slice(at, at + shardBuckets);
		await db.transaction('rw', db.postings, async tx => {
			assertSameDatabase(tx, connection);
			const rows = await db.postings.bulkGet(shard);
			const puts: PostingBucketRow[] = [];
			const deletes: number[] = [];
			shard.forEach((bucket, i) => {
				const row = rows[i];
				const lists = new Map(row?.lists);
				for (const term of groups.get(bucket)!) {
					const next = applyDelta(listIn(row, term), plan.deltas.get(term)!);
					if (next) lists.set(term, encodePostings(next));
					else lists.delete(term);
					dfs.set(term, next?.ids.length ?? 0);
				}
				if (lists.size) puts.push({bucket, lists});
				else if (row) deletes.push(bucket);
			});
			await db.postings.bulkPut(puts);
			await db.postings.bulkDelete(deletes);
		});
	}
	await db.transaction('rw', db.searchHead, db.searchTerms, db.pending, async tx => {
		assertSameDatabase(tx, connection);
		// The doc table, and only the dictionary slices whose terms changed: a query reads the doc table, and one
		// slice only to expand a prefix.
		const changes = countsBySlice(dfs);
		const keys = [...changes.keys()];
		const [row, slices] = await Promise.all([db.searchHead.get('head') as Promise<SearchHeadRow | undefined>, db.searchTerms.bulkGet(keys)]);
		const planned = entries.filter((entry): entry is PendingRow => 'seq' in entry);
		const done = await unchanged(db, planned);
		await db.pending.bulkDelete(done);
		const {headRev} = await bumpState(db, {head: true, pending: planned.length > 0, pendingDelta: -done.length});
		const puts: SearchTermsRow[] = [];
		const deletes: string[] = [];
		keys.forEach((prefix, i) => {
			const stored = slices[i];
			const next = (stored ? Dictionary.decode(stored) : Dictionary.empty).withCounts(changes.get(prefix)!);
			if (next.size) puts.push({prefix, ...next.encode()});
			else if (stored) deletes.push(prefix);
		});
		await db.searchTerms.bulkPut(puts);
		await db.searchTerms.bulkDelete(deletes);
		await db.searchHead.put({key: 'head', rev: headRev, docs: mergeDocs(row?.docs ?? EMPTY_DOC_TABLE, entries)});
	});
}

/**
 * Merges up to `maxEntries` pending entries (lowest ids first). The background calls it when idle and
 * again while `remaining` is above zero.
 */
export async function mergePending(db: ClipDb, {maxEntries = 500, shardBuckets = 512}: MergeOptions = {}): Promise<{merged: number; remaining: number}> {
	return serialized(db, async () => {
		const {rows, connection} = await db.transaction('r', db.pending, async tx => ({rows: await db.pending.limit(maxEntries).toArray(), connection: tx.idbtrans.db}));
		if (rows.length) {
			await applyEntries(db, rows, shardBuckets, connection);
		}
		return {merged: rows.length, remaining: await db.pending.count()};
	});
}

export type RebuildProgress = {done: number; total: number};

/**
 * Builds the index (postings, head, search texts) again from the clips: when checkIndex finds it missing or out of step. Clips saved
 * meanwhile stay pending and are merged later. Searches see a partial index until it finishes.
 */
export async function rebuildIndex(db: ClipDb, {onProgress, batchSize = 2500, shardBuckets = 512}: {
	onProgress?: (progress: RebuildProgress) => void; batchSize?: number; shardBuckets?: number;
} = {}): Promise<RebuildProgress> {
	return serialized(db, async () => {
		const connection = await db.transaction('rw', [db.postings, db.searchHead, db.searchTerms, db.pending, db.searchTexts], async tx => {
			await db.postings.clear();
			await db.searchTerms.clear();
			await db.pending.clear();
			await db.searchTexts.clear();
			await db.searchHead.delete('head');
			await bumpState(db, {head: true, pending: true, pendingCount: 0});
			return tx.idbtrans.db;
		});
		const total = await db.clips.count();
		let done = 0;
		for (let after = 0; ;) {
			// The text rows in the transaction that reads the clips: a save meanwhile writes its own afterwards.
			const {rows, bodies} = await db.transaction('rw', db.clips, db.bodies, db.searchTexts, async tx => {
				assertSameDatabase(tx, connection);
				const rows = await db.clips.where('id').above(after).limit(batchSize).toArray();
				const bodies = await db.bodies.bulkGet(rows.map(row => row.id));
				await db.searchTexts.bulkPut(rows.map((row, i) => searchTextRow({...row, text: bodies[i]?.text ?? ''})));
				return {rows, bodies};
			});
			if (rows.length === 0) break;
			const entries = rows.map((row, i) => pendingEntry(row.id, clipToIndexDoc({...row, text: bodies[i]?.text ?? ''})));
			await applyEntries(db, entries, shardBuckets, connection);
			after = rows.at(-1)!.id;
			done += rows.length;
			onProgress?.({done, total: Math.max(total, done)});
		}
		return {done, total: Math.max(total, done)};
	});
}
