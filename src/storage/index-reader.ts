/**
 * The IndexedDB side of core/search's IndexReader. The doc table and the pending entries are cached per
 * database object and reloaded only when the state counters say they changed; the dictionary slices a
 * prefix read and decoded postings are cached too (postings within a budget), until the next merge.
 */
import type {ClipFields} from '../core/search/clip-to-index-doc.ts';
import {Dictionary, sliceKey} from '../core/search/dictionary.ts';
import {EMPTY_DOC_TABLE, type DocTable} from '../core/search/doc-table.ts';
import type {IndexHead, IndexReader, PendingEntry} from '../core/search/index-store.ts';
import type {PostingList} from '../core/search/postings.ts';
import type {Table} from 'dexie';
import type {ClipDb, PostingBucketRow, SearchHeadRow, SearchMetaRow, SearchStateRow, SearchTermsRow, SearchTextRow} from './db.ts';
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
	docs: DocTable;
	/** The dictionary slices prefixes have read, by slice key; kept with the docs they belong to. */
	dictionaries: Map<string, Dictionary>;
	pending: PendingEntry[];
	/** Insertion order is recency: a hit is moved to the end, the oldest go first. */
	postings: Map<string, PostingList | null>;
	postingsSize: number;
	/** Search text rows by clip id, most recently used last; emptied whenever a clip changes (pendingRev). */
	texts: Map<number, SearchTextRow | null>;
};

const caches = new WeakMap<ClipDb, Cache>();

/** The dictionary the slice rows make together (rows absent for a prefix no term has are skipped). */
function joinSlices(rows: readonly (SearchTermsRow | undefined)[]): Dictionary {
	return Dictionary.join(rows.flatMap(row => (row ? [Dictionary.decode(row)] : [])));
}

/**
 * The stored dictionary terms that start with `prefix`, with every other term of their slices: one row for
 * a prefix of two letters or more, the rows whose keys start with it for a shorter one (all rows for '').
 */
export async function readDictionary(table: Table<SearchTermsRow, string>, prefix = ''): Promise<Dictionary> {
	const key = sliceKey(prefix);
	const rows = key.length === 2 ? [await table.get(key)] : await (key ? table.where('prefix').startsWith(key) : table.toCollection()).toArray();
	return joinSlices(rows);
}

/**
 * The stored head, the whole dictionary included, decoded; EMPTY_HEAD when there is none yet (or it was
 * lost: checkIndex reports that). Call inside a transaction over `searchHead` and `searchTerms`, so they agree.
 */
export async function readHead(db: ClipDb): Promise<{head: IndexHead; row: SearchHeadRow | undefined}> {
	const [row, dictionary] = await Promise.all([db.searchHead.get('head') as Promise<SearchHeadRow | undefined>, readDictionary(db.searchTerms)]);
	return {head: row ? {docs: row.docs, dictionary} : EMPTY_HEAD, row};
}

/** A request's result, as a plain promise: a query's reads pay for no Dexie promise, zone or middleware. */
function requested<T>(request: IDBRequest): Promise<T> {
	return new Promise<T>((resolve, reject) => {
		request.onsuccess = () => resolve(request.result as T);
		request.onerror = () => reject(request.error);
	});
}

/**
 * The dictionary slices a prefix falls in (readDictionary's rows), read with plain requests in a query's transaction:
 * one row for two letters or more, else every row whose key starts with it (queries expand two letters at least).
 */
async function readDictionarySlices(store: IDBObjectStore, key: string): Promise<Dictionary> {
	const rows = key.length === 2
		? [await requested<SearchTermsRow | undefined>(store.get(key))]
		: (await requested<SearchTermsRow[]>(store.getAll())).filter(row => row.prefix.startsWith(key));
	return joinSlices(rows);
}

/** The state counters (EMPTY_STATE before any save), read with a plain request. */
function readState(store: StoreOf): Promise<SearchStateRow> {
	return requested<SearchStateRow | undefined>(store('searchHead').get('state')).then(row => row ?? EMPTY_STATE);
}

/**
 * Brings the cache up to `state`: the head when a merge wrote a new one, the pending entries when they
 * changed. Call inside a transaction; `head` is the head record when the caller has read it already.
 */
async function refresh(db: ClipDb, store: StoreOf, state: SearchStateRow, head?: Promise<SearchMetaRow | undefined>): Promise<Cache> {
	let cache = caches.get(db);
	if (!cache || cache.headRev !== state.headRev) {
		const row = (await (head ?? requested<SearchMetaRow | undefined>(store('searchHead').get('head')))) as SearchHeadRow | undefined;
		cache = {headRev: state.headRev, pendingRev: -1, docs: row?.docs ?? EMPTY_DOC_TABLE, dictionaries: new Map(), pending: [], postings: new Map(), postingsSize: 0, texts: new Map()};
	}
	if (cache.pendingRev !== state.pendingRev) {
		cache.pending = state.pendingCount === 0 ? [] : await requested<PendingEntry[]>(store('pending').getAll());
		cache.pendingRev = state.pendingRev;
		cache.texts = new Map();
	}
	caches.set(db, cache);
	return cache;
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

/**
 * Reads `keys` from `store` with one plain IndexedDB request each and one promise for them all: at twenty rows a
 * result page, a promise per row cost a millisecond or two of a warm query. `each` sees every row in
 * the order it arrives (the order asked), while the storage process still reads the next.
 */
function readEach<T>(store: IDBObjectStore, keys: readonly number[], each: (row: T | undefined, at: number) => void): Promise<void> {
	return new Promise<void>((resolve, reject) => {
		let left = keys.length;
		if (left === 0) return resolve();
		keys.forEach((key, at) => {
			const request = store.get(key);
			request.onsuccess = () => {
				try {
					each(request.result as T | undefined, at);
				} catch (error) {
					return reject(error);
				}
				if (--left === 0) resolve();
			};
			request.onerror = () => reject(request.error);
		});
	});
}

/**
 * The search text rows of `ids`, from the cache or read, one request per row (IndexedDB has no multi-key read);
 * undefined for a clip that is gone. `each` is called with every row as it arrives, so the caller's work on one
 * (its snippet) runs while the storage process still reads the next. `store` gives the text table of the
 * query's transaction.
 */
async function textRows(store: () => IDBObjectStore, cache: Cache, ids: readonly number[], each?: RowCallback): Promise<(SearchTextRow | undefined)[]> {
	const found: (SearchTextRow | undefined)[] = new Array(ids.length);
	const missing: number[] = [];
	const positions = new Map<number, number[]>();
	ids.forEach((id, i) => {
		const cached = cache.texts.get(id);
		if (cached !== undefined) {
			found[i] = cached ?? undefined;
			each?.(found[i], i);
			return;
		}
		const waiting = positions.get(id);
		if (waiting) return void waiting.push(i);
		positions.set(id, [i]);
		missing.push(id);
	});
	if (missing.length) {
		await readEach<SearchTextRow>(store(), missing, (row, at) => {
			const id = missing[at]!;
			cache.texts.set(id, row ?? null);
			for (const i of positions.get(id)!) {
				found[i] = row;
				each?.(row, i);
			}
		});
	}
	for (const id of ids) {
		const row = cache.texts.get(id);
		cache.texts.delete(id); // most recently used last
		cache.texts.set(id, row ?? null);
	}
	for (const oldest of cache.texts.keys()) {
		if (cache.texts.size <= TEXTS_BUDGET) break;
		cache.texts.delete(oldest);
	}
	return found;
}

type RowCallback = (row: SearchTextRow | undefined, index: number) => void;

/** The reads of one query: search's (IndexReader), and the text rows of the hits it shows. */
export type LibraryReader = IndexReader & {
	/** Search text rows, parallel to `ids`; undefined for a clip that is gone. `each` sees every row as it arrives. */
	textRows(ids: readonly number[], each?: RowCallback): Promise<(SearchTextRow | undefined)[]>;
};

/** The stores a query reads, all in its one transaction. */
const QUERY_STORES = ['searchHead', 'searchTerms', 'pending', 'postings', 'searchTexts'] as const;

/** An object store of the query's transaction, for plain requests. */
type StoreOf = (name: (typeof QUERY_STORES)[number]) => IDBObjectStore;

/**
 * The posting lists of `terms` not cached yet, read with one plain request per bucket (as text rows are: a
 * promise per request costs more than the read) and cached decoded; `found` gets every term read, null where none.
 */
async function readPostings(store: StoreOf, cache: Cache, terms: readonly string[], found: Map<string, PostingList | null>): Promise<void> {
	const missing = groupByBucket(terms);
	if (missing.size === 0) return;
	const groups = [...missing.values()];
	await readEach<PostingBucketRow>(store('postings'), [...missing.keys()], (row, at) => {
		for (const term of groups[at]!) {
			const list = listIn(row, term) ?? null;
			found.set(term, list);
			remember(cache, term, list);
		}
	});
}

function readerOf(cache: Cache, store: StoreOf): LibraryReader {
	const texts = () => store('searchTexts');
	return {
		async docs() {
			return cache.docs;
		},
		async dictionary(prefix) {
			// A merge between this and the docs' read changes a few frequencies: the next query reads both again.
			// Read in this query's own transaction, never awaited from another's: an overlapping query (typing
			// fast) waiting on a read it did not make would leave its transaction idle, and it would commit.
			const key = sliceKey(prefix);
			let dictionary = cache.dictionaries.get(key);
			if (!dictionary) {
				dictionary = await readDictionarySlices(store('searchTerms'), key);
				cache.dictionaries.set(key, dictionary);
			}
			return dictionary;
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
			await readPostings(store, cache, terms.filter(term => !found.has(term)), found);
			return terms.map(term => found.get(term) ?? undefined);
		},
		async texts(ids): Promise<(ClipFields | undefined)[]> {
			return (await textRows(texts, cache, ids)).map(row => row?.fields);
		},
		textRows(ids, each) {
			return textRows(texts, cache, ids, each);
		},
	};
}

const current = (cache: Cache, state: SearchStateRow) => cache.headRev === state.headRev && cache.pendingRev === state.pendingRev;

/**
 * The object stores of a read transaction over `stores`, made with plain IndexedDB on Dexie's connection (opened
 * first when Dexie has closed it, as it does when another page upgrades the database). Dexie's own transactions cost
 * a query about a millisecond in promises, zones and middleware, for reads that need none of it.
 */
async function readTransaction(db: ClipDb, stores: readonly (typeof QUERY_STORES)[number][]): Promise<StoreOf> {
	if (!db.isOpen()) await db.open();
	let tx: IDBTransaction;
	try {
		tx = db.backendDB().transaction(stores, 'readonly');
	} catch (error) {
		// Closed between the check and the call (an upgrade elsewhere): open again, once.
		if ((error as DOMException).name !== 'InvalidStateError') throw error;
		await db.open();
		tx = db.backendDB().transaction(stores, 'readonly');
	}
	return name => tx.objectStore(name);
}

/**
 * Runs `read` (one query's reads) in one read transaction over the index, its own, so that its reads agree with
 * each other and cost one transaction. With a cache already open, the state counters are read alongside the
 * query's own reads rather than before them (a round trip less): if they say the cache is out of date, it is
 * brought up to date and `read` runs again, in the same transaction. `read` must await IndexedDB reads only: the
 * transaction ends once no request is left. The result comes as soon as `read` has it, without waiting for the
 * commit, which for reads makes nothing more durable. Not for use inside a Dexie transaction: Dexie would see its
 * own end before this one's.
 */
export async function withIndexReader<T>(db: ClipDb, read: (reader: LibraryReader) => Promise<T>): Promise<T> {
	const store = await readTransaction(db, QUERY_STORES);
	const state = readState(store);
	// A page's first query reads the head beside the counters, not after them.
	let cache = caches.get(db) ?? await refresh(db, store, await state, requested(store('searchHead').get('head')));
	for (;;) {
		const result = await read(readerOf(cache, store));
		if (current(cache, await state)) return result;
		cache = await refresh(db, store, await state);
	}
}

/** Forgets what this database object cached: for tests that change the index behind the counters' back. */
export function forgetIndexCache(db: ClipDb): void {
	caches.delete(db);
}
