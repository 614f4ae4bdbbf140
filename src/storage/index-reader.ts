/**
 * The IndexedDB side of core/search's IndexReader. The head (dictionary and doc table) and the pending
 * entries are cached per database object and reloaded only when the state counters say they changed;
 * decoded postings are cached too, within a budget, until the next merge.
 */
import type {ClipFields} from '../core/search/clip-to-index-doc.ts';
import {Dictionary} from '../core/search/dictionary.ts';
import {EMPTY_DOC_TABLE} from '../core/search/doc-table.ts';
import {decodeHead, type IndexHead, type IndexReader, type PendingEntry} from '../core/search/index-store.ts';
import type {PostingList} from '../core/search/postings.ts';
import type {ClipDb, SearchHeadRow, SearchStateRow, SearchTextRow} from './db.ts';
import {EMPTY_STATE} from './index-changes.ts';
import {groupByBucket, listIn} from './posting-buckets.ts';

export const EMPTY_HEAD: IndexHead = {dictionary: Dictionary.empty, docs: EMPTY_DOC_TABLE};

/** About 16 MB of decoded ids and weights: the lists a session of typing keeps asking for. */
const POSTINGS_BUDGET = 2_000_000;
/** Search text rows kept (about 5 KB each): the hits of the last few queries, which typing shows again. */
const TEXTS_BUDGET = 400;

type Cache = {
	headRev: number;
	pendingRev: number;
	head: IndexHead;
	pending: PendingEntry[];
	/** Insertion order is recency: a hit is moved to the end, the oldest go first. */
	postings: Map<string, PostingList | null>;
	postingsSize: number;
	/** Search text rows by clip id, most recently used last; emptied whenever a clip changes (pendingRev). */
	texts: Map<number, SearchTextRow | null>;
};

const caches = new WeakMap<ClipDb, Cache>();

/** The stored head, decoded; EMPTY_HEAD when there is none yet (or it was lost: checkIndex reports that). */
export function headOf(row: SearchHeadRow | undefined): IndexHead {
	return row ? decodeHead(row) : EMPTY_HEAD;
}

/** Reads the state counters and whatever changed since this database object last looked, in one transaction. */
async function refresh(db: ClipDb): Promise<Cache> {
	const cached = caches.get(db);
	return db.transaction('r', db.searchHead, db.pending, async () => {
		const state = (await db.searchHead.get('state')) as SearchStateRow | undefined ?? EMPTY_STATE;
		let cache = cached;
		if (!cache || cache.headRev !== state.headRev) {
			const head = headOf((await db.searchHead.get('head')) as SearchHeadRow | undefined);
			cache = {headRev: state.headRev, pendingRev: -1, head, pending: [], postings: new Map(), postingsSize: 0, texts: new Map()};
		}
		if (cache.pendingRev !== state.pendingRev) {
			cache.pending = state.pendingCount === 0 ? [] : await db.pending.toArray();
			cache.pendingRev = state.pendingRev;
			cache.texts = new Map();
		}
		caches.set(db, cache);
		return cache;
	});
}

function remember(cache: Cache, term: string, list: PostingList | null): void {
	cache.postings.set(term, list);
	cache.postingsSize += 1 + (list?.ids.length ?? 0);
	for (const [oldest, old] of cache.postings) {
		if (cache.postingsSize <= POSTINGS_BUDGET) break;
		cache.postings.delete(oldest);
		cache.postingsSize -= 1 + (old?.ids.length ?? 0);
	}
}

/** The search text rows of `ids`, from the cache or in one request; undefined for a clip that is gone. */
async function textRows(db: ClipDb, cache: Cache, ids: readonly number[]): Promise<(SearchTextRow | undefined)[]> {
	const missing = [...new Set(ids.filter(id => !cache.texts.has(id)))];
	if (missing.length) {
		const rows = await db.searchTexts.bulkGet(missing);
		missing.forEach((id, i) => cache.texts.set(id, rows[i] ?? null));
	}
	const found = ids.map(id => {
		const row = cache.texts.get(id);
		cache.texts.delete(id); // most recently used last
		cache.texts.set(id, row ?? null);
		return row ?? undefined;
	});
	for (const oldest of cache.texts.keys()) {
		if (cache.texts.size <= TEXTS_BUDGET) break;
		cache.texts.delete(oldest);
	}
	return found;
}

/** The reads of one query: search's (IndexReader), and the text rows of the hits it shows. */
export type LibraryReader = IndexReader & {
	/** Search text rows, parallel to `ids`; undefined for a clip that is gone. */
	textRows(ids: readonly number[]): Promise<(SearchTextRow | undefined)[]>;
};

/** A reader for one query: opens (or revalidates) the cache, then serves search's reads. */
export async function openIndexReader(db: ClipDb): Promise<LibraryReader> {
	const cache = await refresh(db);
	return {
		async head() {
			return cache.head;
		},
		async pending() {
			return cache.pending;
		},
		async postings(terms) {
			const found = new Map<string, PostingList | null>();
			for (const term of terms) {
				const list = cache.postings.get(term);
				if (list !== undefined) {
					cache.postings.delete(term); // most recently used last
					cache.postings.set(term, list);
					found.set(term, list);
				}
			}
			const missing = groupByBucket(terms.filter(term => !found.has(term)));
			if (missing.size) {
				const rows = await db.postings.bulkGet([...missing.keys()]);
				[...missing.values()].forEach((group, i) => {
					for (const term of group) {
						const list = listIn(rows[i], term) ?? null;
						found.set(term, list);
						remember(cache, term, list);
					}
				});
			}
			return terms.map(term => found.get(term) ?? undefined);
		},
		async texts(ids): Promise<(ClipFields | undefined)[]> {
			return (await textRows(db, cache, ids)).map(row => row?.fields);
		},
		textRows(ids) {
			return textRows(db, cache, ids);
		},
	};
}

/** Forgets what this database object cached: for tests that change the index behind the counters' back. */
export function forgetIndexCache(db: ClipDb): void {
	caches.delete(db);
}
