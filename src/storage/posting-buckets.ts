/**
 * Postings are stored in a fixed number of buckets, each holding the packed lists of the terms that hash to
 * it. In Chromium every IndexedDB request costs a round trip to the storage process (about 0.1–0.2 ms on a
 * loaded two-core machine): one record per term made a merge of 2,500 clips read and write ~50,000
 * records (81 s for 10,000 clips). Buckets bound a merge to BUCKETS records, while a query still reads one
 * small record per term.
 */
import {decodePostings, type PostingList} from '../core/search/postings.ts';
import type {BigPostingRow, PostingBucketRow} from './db.ts';

/** 4,096: about 9 KB a bucket at 50,000 clips, so a one-clip merge rewrites ~300 buckets (~2.5 MB). */
export const BUCKETS = 4096;

/** FNV-1a over the UTF-16 code units: stable across browsers and releases, as stored data requires. */
export function bucketOf(term: string): number {
	let hash = 0x811c9dc5;
	for (let i = 0; i < term.length; i++) {
		hash ^= term.charCodeAt(i);
		hash = Math.imul(hash, 0x01000193);
	}
	return (hash >>> 0) % BUCKETS;
}

/** Terms grouped by bucket, buckets ascending. */
export function groupByBucket(terms: readonly string[]): Map<number, string[]> {
	const groups = new Map<number, string[]>();
	for (const term of terms) {
		const bucket = bucketOf(term);
		const group = groups.get(bucket);
		if (group) group.push(term);
		else groups.set(bucket, [term]);
	}
	return new Map([...groups].sort((a, b) => a[0] - b[0]));
}

/**
 * A list packed longer than APART_BYTES is kept out of its bucket, in `bigPostings` rows of at most CHUNK_BYTES.
 * Chromium moves a stored value over 64 KB into a blob file, read about a millisecond slower: at 50,000 clips a
 * common term's list (30–120 KB) made its bucket such a blob, and every query for any of the bucket's ~60 terms
 * paid for it. Apart, buckets stay a few kilobytes and a common term is read in chunks under the limit.
 */
export const APART_BYTES = 8 * 1024;
export const CHUNK_BYTES = 56 * 1024;

/**
 * What a bucket holds for a term kept apart: an empty list (a packed list is never empty), so that the bucket still
 * names every term it has, and a reader knows to read the term's chunks.
 */
export const APART = new Uint8Array(0);

export function isApart(bytes: Uint8Array | undefined): boolean {
	return bytes !== undefined && bytes.byteLength === 0;
}

/** The rows a packed list is kept apart in, parts numbered from 0. */
export function chunksOf(term: string, bytes: Uint8Array): BigPostingRow[] {
	const rows: BigPostingRow[] = [];
	for (let at = 0, part = 0; at < bytes.length; at += CHUNK_BYTES, part++) {
		rows.push({term, part, bytes: bytes.slice(at, at + CHUNK_BYTES)});
	}
	return rows;
}

/** The packed list again from its rows (in part order, as a key range gives them); undefined without any. */
export function joinChunks(rows: readonly BigPostingRow[]): Uint8Array | undefined {
	if (rows.length <= 1) return rows[0]?.bytes;
	const bytes = new Uint8Array(rows.reduce((sum, row) => sum + row.bytes.length, 0));
	let at = 0;
	for (const row of rows) {
		bytes.set(row.bytes, at);
		at += row.bytes.length;
	}
	return bytes;
}

/** A list kept apart, decoded from its parts alone; undefined without any. */
export function listOfParts(parts: readonly BigPostingRow[]): PostingList | undefined {
	const joined = joinChunks(parts);
	return joined && decodePostings(joined);
}

/** The terms a head record names as kept apart (SearchHeadRow.apart). */
export function apartTerms(joined: string | undefined): Set<string> {
	return new Set(joined ? joined.split('\n') : []);
}

/** The key range of one term's rows in `bigPostings`, made with the database's own IDBKeyRange (ClipDb.keyRange). */
export function chunkRange(keyRange: typeof IDBKeyRange, term: string): IDBKeyRange {
	return keyRange.bound([term, 0], [term, Infinity]);
}

/**
 * One term's list, decoded, from its bucket row or, for a term kept apart, from its rows in `bigPostings`;
 * undefined when the term has none (or its rows are lost: checkIndex notices).
 */
export function listIn(row: PostingBucketRow | undefined, term: string, chunks?: readonly BigPostingRow[]): PostingList | undefined {
	const bytes = row?.lists.get(term);
	if (!isApart(bytes)) return bytes && decodePostings(bytes);
	return chunks && listOfParts(chunks);
}
