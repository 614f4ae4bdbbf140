/** Picks the best hits in order: score first, then the newer publication, then the newer clip id. */

export type HitColumns = {ids: ArrayLike<number>; scores: ArrayLike<number>; published: ArrayLike<number>};

/**
 * The indexes of the best `count` hits, best first. A bounded heap over indexes keeps it O(n log count)
 * without an object per hit: a filter-only query can hold every clip in the library.
 */
export function rankHits({ids, scores, published}: HitColumns, count: number): number[] {
	const before = (a: number, b: number) =>
		scores[a] !== scores[b] ? scores[a]! > scores[b]! : published[a] !== published[b] ? published[a]! > published[b]! : ids[a]! > ids[b]!;
	const heap: number[] = []; // the worst kept hit at the root
	const swap = (i: number, j: number) => {
		const t = heap[i]!;
		heap[i] = heap[j]!;
		heap[j] = t;
	};
	for (let hit = 0; hit < ids.length && count > 0; hit++) {
		if (heap.length < count) {
			heap.push(hit);
			for (let i = heap.length - 1; i > 0; ) {
				const parent = (i - 1) >>> 1;
				if (!before(heap[parent]!, heap[i]!)) break;
				swap(i, parent);
				i = parent;
			}
			continue;
		}
		// Most hits of a common word score below the worst kept one: a comparison of scores turns them away.
		if (scores[hit]! < scores[heap[0]!]! || !before(hit, heap[0]!)) continue;
		heap[0] = hit;
		for (let i = 0; ; ) {
			const l = 2 * i + 1;
			const r = l + 1;
			let worst = i;
			if (l < heap.length && before(heap[worst]!, heap[l]!)) worst = l;
			if (r < heap.length && before(heap[worst]!, heap[r]!)) worst = r;
			if (worst === i) break;
			swap(i, worst);
			i = worst;
		}
	}
	return heap.sort((a, b) => (before(a, b) ? -1 : 1));
}
