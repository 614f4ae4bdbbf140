/**
 * Postings are stored in a fixed number of buckets, each holding the packed lists of the terms that hash to
 * it. In Chromium every IndexedDB request costs a round trip to the storage process (about 0.1–0.2 ms on a
 * loaded two-core machine): one record per term made a merge of 2,500 clips read and write ~50,000
 * records (81 s for 10,000 clips). Buckets bound a merge to BUCKETS records, while a query still reads one
 * small record per term.
 */
import {decodePostings, type PostingList} from '../core/search/postings.ts';
import type {PostingBucketRow} from './db.ts';

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

/** One term's list from its bucket row, decoded; undefined when the term has none. */
export function listIn(row: PostingBucketRow | undefined, term: string): PostingList | undefined {
	const bytes = row?.lists.get(term);
	return bytes && decodePostings(bytes);
}
