/** Candidate sets as parallel typed arrays (ascending ids, scores), and the set operations matching needs. */
import {K1} from './fields.ts';
import type {PostingList} from './postings.ts';

export type Hits = {ids: Uint32Array; scores: Float64Array};

export const NO_HITS: Hits = {ids: new Uint32Array(0), scores: new Float64Array(0)};

/**
 * Working arrays indexed by clip id, kept between calls: a union over a 50,000-clip library needs ~0.5 MB of
 * them, which allocating per query (a prefix being typed runs one per key) turned into garbage collections
 * in the middle of later queries. Only the synchronous union functions below use them, never across a call.
 */
let seenScratch = new Uint8Array(0);
let denseScratch = new Float64Array(0);
let bestScratch = new Float64Array(0);

/** `seen` (zeros) and `dense` arrays of `size` entries, from the kept ones. */
function unionScratch(size: number): {seen: Uint8Array; dense: Float64Array} {
	if (seenScratch.length < size) {
		seenScratch = new Uint8Array(size + (size >>> 2));
		denseScratch = new Float64Array(seenScratch.length);
	}
	const seen = seenScratch.subarray(0, size);
	seen.fill(0);
	return {seen, dense: denseScratch.subarray(0, size)};
}

/** A `best` array of `size` entries, all -1, from the kept one. */
function bestOf(size: number): Float64Array {
	if (bestScratch.length < size) bestScratch = new Float64Array(size + (size >>> 2));
	return bestScratch.subarray(0, size).fill(-1);
}

/*
 * The loops over every posting of a list below write termScore (fields.ts) out, the same operations in the same
 * order, so the same scores: a page's first queries run them before they are compiled, and an interpreted call per
 * posting made those queries' scoring several times slower.
 */

/** A posting list scored for one term. */
export function scoreList(list: PostingList, idf: number): Hits {
	const scores = new Float64Array(list.ids.length);
	if (idf > 0) {
		const weights = list.weights;
		for (let i = 0; i < scores.length; i++) {
			const weight = weights[i]!;
			scores[i] = weight <= 0 ? 0 : (idf * weight * (K1 + 1)) / (weight + K1); // termScore, written out (see above)
		}
	}
	return {ids: list.ids, scores};
}

/** Ids in either; where both hold one, the scores combine by `combine`. */
export function unionHits(a: Hits, b: Hits, combine: 'max' | 'sum'): Hits {
	if (a.ids.length === 0) return b;
	if (b.ids.length === 0) return a;
	const ids = new Uint32Array(a.ids.length + b.ids.length);
	const scores = new Float64Array(ids.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < a.ids.length || j < b.ids.length) {
		const x = i < a.ids.length ? a.ids[i]! : Infinity;
		const y = j < b.ids.length ? b.ids[j]! : Infinity;
		if (x === y) {
			ids[n] = x;
			scores[n++] = combine === 'max' ? Math.max(a.scores[i++]!, b.scores[j++]!) : a.scores[i++]! + b.scores[j++]!;
		} else if (x < y) {
			ids[n] = x;
			scores[n++] = a.scores[i++]!;
		} else {
			ids[n] = y;
			scores[n++] = b.scores[j++]!;
		}
	}
	return {ids: ids.subarray(0, n), scores: scores.subarray(0, n)};
}

/**
 * The union of several hit lists, scores combined by `combine` in list order (the same sums as pairwise
 * unions). A prefix expands to up to 24 terms: merging them two at a time copied the growing union once
 * per term; this writes each list once into arrays indexed by id, then reads the ids out in order.
 */
export function unionMany(all: readonly Hits[], combine: 'max' | 'sum'): Hits {
	const lists = all.filter(hits => hits.ids.length > 0);
	let top = 0;
	let total = 0;
	for (const {ids} of lists) {
		top = Math.max(top, ids[ids.length - 1]!);
		total += ids.length;
	}
	// Few lists, or ids spread far wider than the hits (a library with most clips deleted): merge in pairs.
	if (lists.length <= 2 || top > 8 * total + 4096) {
		return lists.reduce((acc, next) => unionHits(acc, next, combine), NO_HITS);
	}
	const {seen, dense} = unionScratch(top + 1);
	let count = 0;
	for (const {ids, scores} of lists) {
		for (let i = 0; i < ids.length; i++) {
			const id = ids[i]!;
			if (!seen[id]) {
				seen[id] = 1;
				dense[id] = scores[i]!;
				count++;
			} else {
				dense[id] = combine === 'max' ? Math.max(dense[id]!, scores[i]!) : dense[id]! + scores[i]!;
			}
		}
	}
	const ids = new Uint32Array(count);
	const scores = new Float64Array(count);
	for (let id = 0, n = 0; n < count; id++) {
		if (seen[id]) {
			ids[n] = id;
			scores[n++] = dense[id]!;
		}
	}
	return {ids, scores};
}

/**
 * The union of posting lists scored for their terms, each clip keeping its best term's score: what a group of
 * alternatives (a prefix's expansions) matches. The same as `unionMany` over `scoreList`s, without a scored
 * copy of every list: a prefix of two letters expands to common terms, hundreds of thousands of postings.
 */
export function scoreUnion(lists: readonly PostingList[], idfs: readonly number[]): Hits {
	let top = 0;
	let total = 0;
	let nonEmpty = 0;
	for (const {ids} of lists) {
		if (ids.length === 0) continue;
		nonEmpty++;
		top = Math.max(top, ids[ids.length - 1]!);
		total += ids.length;
	}
	if (nonEmpty <= 1 || top > 8 * total + 4096) {
		return unionMany(lists.map((list, k) => scoreList(list, idfs[k]!)), 'max');
	}
	const best = bestOf(top + 1); // -1: no list holds the id; scores are never negative
	let count = 0;
	lists.forEach(({ids, weights}, k) => {
		const idf = idfs[k]!;
		for (let i = 0; i < ids.length; i++) {
			const id = ids[i]!;
			const weight = weights[i]!;
			const score = idf > 0 && weight > 0 ? (idf * weight * (K1 + 1)) / (weight + K1) : 0; // termScore, written out
			if (best[id]! < 0) {
				best[id] = score;
				count++;
			} else if (score > best[id]!) {
				best[id] = score;
			}
		}
	});
	const ids = new Uint32Array(count);
	const scores = new Float64Array(count);
	for (let id = 0, n = 0; n < count; id++) {
		if (best[id]! >= 0) {
			ids[n] = id;
			scores[n++] = best[id]!;
		}
	}
	return {ids, scores};
}

/** The first index in `ids` from `from` on whose id is ≥ `id`, by galloping: cheap when `ids` is much longer. */
export function gallop(ids: Uint32Array, id: number, from: number): number {
	let step = 1;
	let hi = from;
	while (hi < ids.length && ids[hi]! < id) {
		from = hi + 1;
		hi += step;
		step *= 2;
	}
	hi = Math.min(hi, ids.length);
	while (from < hi) {
		const mid = (from + hi) >>> 1;
		if (ids[mid]! < id) from = mid + 1;
		else hi = mid;
	}
	return from;
}

/** Ids in both, scores added. Walks the shorter list and gallops through the longer one. */
export function intersectHits(a: Hits, b: Hits): Hits {
	const [small, large] = a.ids.length <= b.ids.length ? [a, b] : [b, a];
	const ids = new Uint32Array(small.ids.length);
	const scores = new Float64Array(small.ids.length);
	let n = 0;
	let j = 0;
	for (let i = 0; i < small.ids.length && j < large.ids.length; i++) {
		const id = small.ids[i]!;
		j = gallop(large.ids, id, j);
		if (large.ids[j] === id) {
			ids[n] = id;
			scores[n++] = small.scores[i]! + large.scores[j]!;
		}
	}
	return {ids: ids.subarray(0, n), scores: scores.subarray(0, n)};
}

/**
 * The hits whose index `keep` marks with 1. Callers mark with loops of their own rather than a callback per hit:
 * a page's first queries run these loops interpreted, where a call per hit costs more than the test it makes.
 */
export function filterMarked(hits: Hits, keep: Uint8Array): Hits {
	let kept = 0;
	for (let i = 0; i < keep.length; i++) kept += keep[i]!;
	if (kept === hits.ids.length) return hits;
	const ids = new Uint32Array(kept);
	const scores = new Float64Array(kept);
	for (let i = 0, n = 0; n < kept; i++) {
		if (keep[i]) {
			ids[n] = hits.ids[i]!;
			scores[n++] = hits.scores[i]!;
		}
	}
	return {ids, scores};
}

/** The hits whose id is not in `removed` (ascending): a walk beside them, galloping when `removed` is much longer. */
export function subtractIds(hits: Hits, removed: Uint32Array): Hits {
	if (removed.length === 0 || hits.ids.length === 0) return hits;
	const keep = new Uint8Array(hits.ids.length);
	const sparse = hits.ids.length * 16 < removed.length;
	for (let i = 0, j = 0; i < hits.ids.length; i++) {
		const id = hits.ids[i]!;
		if (sparse) j = gallop(removed, id, j);
		else while (j < removed.length && removed[j]! < id) j++;
		keep[i] = removed[j] === id ? 0 : 1;
	}
	return filterMarked(hits, keep);
}
