/**
 * Keeping the search index in step with the clips: every write that changes what a clip says records a
 * pending entry in the same transaction, so a saved clip is findable at once and the merge catches up later.
 */
import type {Table} from 'dexie';
import {clipToIndexDoc, type IndexableClip} from '../core/search/clip-to-index-doc.ts';
import {pendingEntry} from '../core/search/merge-pending.ts';
import type {ClipDb, PendingRow, SearchMetaRow, SearchStateRow, SearchTextRow} from './db.ts';
import {searchTextRow, type TextedClip} from './search-texts.ts';

/**
 * The index tables a writing transaction must include (db itself, or an upgrade's `tx.table()`s).
 * `searchTexts` is absent only in the v2 upgrade, which runs before v3 creates it (v3 fills it from the clips).
 */
export type IndexTables = {pending: Table<PendingRow, number>; searchHead: Table<SearchMetaRow, string>; searchTexts?: Table<SearchTextRow, number>};

/** Add these to a transaction's scope to call `queueIndexChanges` inside it. */
export function indexTables(db: ClipDb): [Table<PendingRow, number>, Table<SearchMetaRow, string>, Table<SearchTextRow, number>] {
	return [db.pending, db.searchHead, db.searchTexts];
}

export const EMPTY_STATE: SearchStateRow = {key: 'state', headRev: 0, pendingRev: 0, pendingCount: 0};

/** Bumps the counters readers compare with their caches, and the pending count by `pendingDelta`; returns the new state. */
export async function bumpState(tables: Pick<IndexTables, 'searchHead'>, {head = false, pending = false, pendingDelta = 0, pendingCount}: {
	head?: boolean; pending?: boolean; pendingDelta?: number; pendingCount?: number;
}): Promise<SearchStateRow> {
	const current = (await tables.searchHead.get('state')) as SearchStateRow | undefined ?? EMPTY_STATE;
	const next: SearchStateRow = {
		key: 'state',
		headRev: current.headRev + (head ? 1 : 0),
		pendingRev: current.pendingRev + (pending ? 1 : 0),
		pendingCount: pendingCount ?? Math.max(0, current.pendingCount + pendingDelta),
	};
	await tables.searchHead.put(next);
	return next;
}

/**
 * One clip's change: `next` is the clip as it now is (null once deleted), `previous` the version the
 * postings may hold (its terms are taken out on merge). Passing a previous version that was never merged
 * is harmless: removing an id from postings that lack it changes nothing.
 */
export type IndexChange = {id: number; next: TextedClip | null; previous?: IndexableClip | undefined};

/** Records pending entries for `changes` (distinct ids), inside the caller's transaction (which must include IndexTables). */
export async function queueIndexChanges(tables: IndexTables, changes: readonly IndexChange[]): Promise<void> {
	if (changes.length === 0) {
		return;
	}
	const existing = await tables.pending.bulkGet(changes.map(change => change.id));
	const added = new Set(changes.filter((_, i) => !existing[i]).map(change => change.id)).size;
	const {pendingRev: seq} = await bumpState(tables, {pending: true, pendingDelta: added});
	const rows = changes.map(({id, next, previous}, i): PendingRow => {
		const doc = next && clipToIndexDoc({...next, id});
		const entry = pendingEntry(id, doc, {pending: existing[i], indexed: previous && clipToIndexDoc({...previous, id})});
		return {...entry, seq};
	});
	await tables.pending.bulkPut(rows);
	if (tables.searchTexts) {
		await tables.searchTexts.bulkPut(changes.flatMap(({id, next}) => (next ? [searchTextRow({...next, id})] : [])));
		await tables.searchTexts.bulkDelete(changes.flatMap(({id, next}) => (next ? [] : [id])));
	}
}
