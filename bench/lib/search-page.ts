/**
 * The search benchmark's page script, bundled by bench/search.ts and run in Chromium on 127.0.0.1: the
 * extension's own storage and search code over real IndexedDB, driven through `window.bench`.
 */
import {naiveDoc, naiveSearch, type NaiveDoc} from '../../src/core/search/naive-search.ts';
import {importLibrary} from '../../src/storage/backup.ts';
import type {BackupClip} from '../../src/core/backup/backup-format.ts';
import {removeClips} from '../../src/storage/clip-edits.ts';
import {saveExtraction} from '../../src/storage/clips.ts';
import {ClipDb} from '../../src/storage/db.ts';
import {withIndexReader} from '../../src/storage/index-reader.ts';
import {BUCKETS} from '../../src/storage/posting-buckets.ts';
import {search} from '../../src/core/search/search.ts';
import {Dictionary} from '../../src/core/search/dictionary.ts';
import {readHead} from '../../src/storage/index-reader.ts';
import {checkIndex, libraryStats, mergePending, searchLibrary, warmUpSearch} from '../../src/storage/search-index.ts';
import type {Clip} from '../../src/shared/types.ts';
import {RELEVANCE_CLIPS, RELEVANCE_QUERIES} from '../../tests/fixtures/search/relevance.ts';
import {realTextClips, type RealArticle} from './real-text-clips.ts';
import {seededRandom, syntheticClips} from './synthetic-clips.ts';

const IMPORT_CHUNK = 5000;
const NOW = Date.UTC(2025, 6, 1);

const toBackupClip = ({id, ...clip}: Clip): BackupClip => ({...clip, versions: []});
const backupOf = (clips: BackupClip[]) => ({format: 'govclip-library', version: 1, exportedAt: new Date(NOW).toISOString(), clips});

async function timed<T>(run: () => Promise<T>): Promise<{ms: number; value: T}> {
	const start = performance.now();
	const value = await run();
	return {ms: performance.now() - start, value};
}

/** The clips a library of `size` is seeded with: copies of `articles` when given, else synthetic ones. */
const libraryClips = (size: number, articles?: RealArticle[]): Clip[] => (articles ? realTextClips(articles, size, {seed: 42}) : syntheticClips(size, {seed: 42}));

let naiveDocs: NaiveDoc[] = [];
/** Each call of rowReads reads other clips' rows. */
let rowSeed = 0;

const bench = {
	/** Imports `size` clips (synthetic, or copies of `articles`) in backups of IMPORT_CHUNK, then merges every pending entry. */
	async seed(name: string, size: number, articles?: RealArticle[]): Promise<{importMs: number; mergeMs: number; merges: number}> {
		const db = new ClipDb(name);
		const count = await db.clips.count();
		if (count > 0) {
			const check = await checkIndex(db);
			db.close();
			if (count !== size || !check.ok) throw new Error(`the profile's library cannot be reused: ${count} clips, ${JSON.stringify(check)}`);
			console.log('reusing the library seeded by an earlier run (--profile)');
			return {importMs: NaN, mergeMs: NaN, merges: 0};
		}
		let clips: BackupClip[] | null = libraryClips(size, articles).map(toBackupClip);
		let importMs = 0;
		for (let at = 0; at < size; at += IMPORT_CHUNK) {
			importMs += (await timed(() => importLibrary(db, backupOf(clips!.slice(at, at + IMPORT_CHUNK)), {now: NOW}))).ms;
			console.log(`imported ${Math.min(size, at + IMPORT_CHUNK)}/${size}`);
		}
		clips = null;
		let merges = 0;
		const {ms: mergeMs} = await timed(async () => {
			for (let result = {remaining: 1}; result.remaining > 0; merges++) {
				result = await mergePending(db, {maxEntries: 5000});
				console.log(`merged, ${result.remaining} pending`);
			}
		});
		const check = await checkIndex(db);
		if (!check.ok) throw new Error(`index check failed: ${JSON.stringify(check)}`);
		db.close();
		return {importMs, mergeMs, merges};
	},

	/** Bytes on disk for the origin, and the index's own share (packed postings plus the head record). */
	async sizes(name: string): Promise<{usage: number; postingBytes: number; headBytes: number; textBytes: number; terms: number; clips: number}> {
		const db = new ClipDb(name);
		let postingBytes = 0;
		await db.postings.each(row => {
			for (const [term, bytes] of row.lists) postingBytes += bytes.byteLength + term.length;
		});
		const {head} = await readHead(db);
		const headBytes = head.dictionary.encode().terms.length + head.dictionary.dfs.byteLength * 2 + head.docs.ids.byteLength * 3;
		let textBytes = 0;
		await db.searchTexts.each(row => {
			textBytes += JSON.stringify(row).length;
		});
		const stats = await libraryStats(db);
		db.close();
		return {usage: (await navigator.storage.estimate()).usage ?? 0, postingBytes, headBytes, textBytes, terms: stats.terms, clips: stats.clips};
	},

	/** What the popup does as it opens: the connection, then warmUpSearch on it. Returns the warm-up's time (ms). */
	async warmUp(name: string): Promise<number> {
		const page = bench as {db?: ClipDb};
		page.db ??= new ClipDb(name);
		await page.db.open();
		return (await timed(() => warmUpSearch(page.db!))).ms;
	},

	/**
	 * Runs each query once on a database object opened by this page; returns the times (ms) and hit counts.
	 * `idsOnly` times the index alone: core search over the reader searchLibrary uses (one read transaction, the
	 * caches of this page), ranked ids without rows or snippets.
	 */
	async query(name: string, queries: string[], idsOnly = false): Promise<{ms: number[]; totals: number[]; openMs: number}> {
		const page = bench as {db?: ClipDb};
		let openMs = 0;
		if (!page.db) {
			page.db = new ClipDb(name);
			openMs = (await timed(() => page.db!.open())).ms; // the connection, which the popup opens anyway to list recent clips
		}
		const db = page.db;
		const ms: number[] = [];
		const totals: number[] = [];
		for (const query of queries) {
			const {ms: took, value} = await timed(async () => (idsOnly ? withIndexReader(db, reader => search(query, reader, {limit: 20})) : searchLibrary(db, query, {limit: 20})));
			ms.push(took);
			totals.push(value.total);
		}
		return {ms, totals, openMs};
	},

	/** What opening the index costs on a fresh page, step by step: the connection, the head's read, its decoding. */
	async headCost(name: string): Promise<Record<string, number>> {
		const db = new ClipDb(name);
		const connect = (await timed(() => db.open())).ms;
		const state = (await timed(() => db.searchHead.get('state'))).ms;
		const read = (await timed(() => db.searchHead.get('head'))).ms;
		// The slice a query typing "hous" reads (the whole dictionary, before it was sliced).
		const {ms: readDictionary, value: row} = await timed(() => db.searchTerms.get('ho'));
		const decodeStart = performance.now();
		const dictionary = row ? Dictionary.decode(row) : Dictionary.empty;
		const decode = performance.now() - decodeStart;
		const prefixStart = performance.now();
		dictionary.expandPrefix('hous', 24);
		const prefix = performance.now() - prefixStart;
		const again = (await timed(() => db.searchHead.get('head'))).ms;
		db.close();
		return {connect, state, read, readDictionary, decode, prefix, again, sliceTerms: dictionary.size};
	},

	/**
	 * The floor under a result page: `count` search text rows of random clips, read as a query reads them (one plain
	 * request each, in one read transaction), `rounds` times; the milliseconds of each round. With `bucketFirst`, one
	 * random posting bucket is read first in the same transaction, as a query whose postings are not cached yet does
	 * before it knows which rows it shows.
	 */
	async rowReads(name: string, count: number, rounds: number, bucketFirst = false): Promise<number[]> {
		const db = new ClipDb(name);
		await db.open();
		const ids = await db.searchTexts.toCollection().primaryKeys();
		const random = seededRandom(++rowSeed);
		const times: number[] = [];
		const read = (store: IDBObjectStore, keys: IDBValidKey[]) => new Promise<void>((resolve, reject) => {
			let left = keys.length;
			for (const key of keys) {
				const request = store.get(key);
				request.onsuccess = () => {
					void request.result; // as a query uses it: Chromium deserialises the row when it is read
					if (--left === 0) resolve();
				};
				request.onerror = () => reject(request.error);
			}
		});
		for (let round = 0; round < rounds; round++) {
			const keys = Array.from({length: count}, () => ids[Math.floor(random() * ids.length)]!);
			const bucket = Math.floor(random() * BUCKETS);
			const {ms} = await timed(async () => {
				const tx = db.backendDB().transaction(['postings', 'searchTexts'], 'readonly');
				if (bucketFirst) await read(tx.objectStore('postings'), [bucket]);
				await read(tx.objectStore('searchTexts'), keys);
			});
			times.push(ms);
		}
		db.close();
		return times;
	},

	/** Runs each query once, twice over, and returns the median milliseconds of each stage of searchLibrary per query. */
	async stages(name: string, queries: string[]): Promise<Record<string, number>[]> {
		const page = bench as {db?: ClipDb};
		if (!page.db) {
			page.db = new ClipDb(name);
			await page.db.open(); // the connection, which the popup opens anyway to list recent clips
		}
		const runs: Record<string, number>[][] = [];
		for (let round = 0; round < 3; round++) {
			runs.push([]);
			for (const query of queries) {
				const stages: Record<string, number> = {};
				const {ms} = await timed(() => searchLibrary(page.db!, query, {limit: 20, stages}));
				runs[round]!.push({...stages, total: ms});
			}
		}
		return runs.flat();
	},

	/** A fresh page that warms the search up as it opens (warmUpSearch), then runs `query` when the person has typed it. */
	async warmThenQuery(name: string, query: string): Promise<{warmUpMs: number; ms: number}> {
		const db = new ClipDb(name);
		await db.open();
		const {ms: warmUpMs} = await timed(() => warmUpSearch(db));
		await new Promise(resolve => setTimeout(resolve, 200)); // typing the first characters
		const {ms} = await timed(() => searchLibrary(db, query, {limit: 20}));
		db.close();
		return {warmUpMs, ms};
	},

	/** Saves `count` new clips into the library, one transaction each, then merges them. */
	async save(name: string, count: number): Promise<{ms: number[]; foundAtOnce: boolean; mergeMs: number}> {
		const db = new ClipDb(name);
		const extra = syntheticClips(count, {seed: 7});
		const ms: number[] = [];
		const ids: number[] = [];
		for (const {id, clippedAt, tags, note, contentHash, version, ...extraction} of extra) {
			const url = `${extraction.url}-saved-${id}`;
			const {ms: took, value} = await timed(() => saveExtraction(db, {...extraction, url, canonicalUrl: url, title: `${extraction.title} zqxsaved${id}`}, {now: NOW + id}));
			ms.push(took);
			ids.push(value.clip.id);
		}
		const foundAtOnce = (await searchLibrary(db, `zqxsaved${count}`)).total === 1;
		const {ms: mergeMs} = await timed(() => mergePending(db, {maxEntries: count}));
		// Taken out again, so the library keeps its size for a later run on the same profile (--profile).
		await removeClips(db, ids);
		await mergePending(db, {maxEntries: count});
		db.close();
		return {ms, foundAtOnce, mergeMs};
	},

	/** The naive anchor: the library's own clips, folded once and held in memory, scanned per query. */
	async naivePrepare(size: number, articles?: RealArticle[]): Promise<void> {
		naiveDocs = libraryClips(size, articles).map(naiveDoc);
	},
	async naive(queries: string[]): Promise<number[]> {
		return queries.map(query => {
			const start = performance.now();
			naiveSearch(query, naiveDocs, 20);
			return performance.now() - start;
		});
	},

	/** precision@5 and MRR on the labelled queries: the index as typed, and a naive scan ordered by date. */
	async relevance(): Promise<Record<string, {p5: number; mrr: number}>> {
		const db = new ClipDb('relevance');
		await importLibrary(db, backupOf(RELEVANCE_CLIPS.map(toBackupClip)), {now: NOW});
		await mergePending(db);
		const rows = await db.clips.toArray();
		const fixtureId = new Map(RELEVANCE_CLIPS.map(clip => [clip.canonicalUrl, clip.id]));
		const byRow = new Map(rows.map(row => [row.id, fixtureId.get(row.canonicalUrl)!]));
		const docs = RELEVANCE_CLIPS.map(naiveDoc);
		const published = new Map(docs.map(doc => [doc.id, doc.published]));
		const rankers: Record<string, (query: string) => Promise<number[]>> = {
			'index (as typed)': async query => (await searchLibrary(db, query, {limit: 5})).hits.map(hit => byRow.get(hit.id)!),
			'index (words complete)': async query => (await searchLibrary(db, `${query} `, {limit: 5})).hits.map(hit => byRow.get(hit.id)!),
			'naive by date': async query => naiveSearch(query, docs, 1000).sort((a, b) => published.get(b.id)! - published.get(a.id)!).slice(0, 5).map(hit => hit.id),
		};
		const scores: Record<string, {p5: number; mrr: number}> = {};
		for (const [ranker, rank] of Object.entries(rankers)) {
			let precision = 0;
			let reciprocal = 0;
			for (const {query, relevant} of RELEVANCE_QUERIES) {
				const top = await rank(query);
				precision += top.filter(id => relevant.includes(id)).length / Math.min(5, relevant.length);
				const at = top.findIndex(id => relevant.includes(id));
				reciprocal += at < 0 ? 0 : 1 / (at + 1);
			}
			scores[ranker] = {p5: precision / RELEVANCE_QUERIES.length, mrr: reciprocal / RELEVANCE_QUERIES.length};
		}
		db.close();
		return scores;
	},
};

(globalThis as unknown as {bench: typeof bench}).bench = bench;
