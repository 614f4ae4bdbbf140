import assert from 'node:assert/strict';
import test from 'node:test';
import {filterMarked, intersectHits, NO_HITS, scoreList, scoreUnion, subtractIds, unionHits, unionMany, type Hits} from '../../../src/core/search/hits.ts';
import {docRow, docRows} from '../../../src/core/search/doc-table.ts';
import {rankHits} from '../../../src/core/search/rank-hits.ts';
import {termScore} from '../../../src/core/search/fields.ts';

/** mulberry32, seeded so that a failure replays. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

function randomHits(next: () => number, size: number, range: number): Hits {
	const ids = new Set<number>();
	while (ids.size < Math.min(size, range)) ids.add(Math.floor(next() * range));
	const sorted = Uint32Array.from([...ids].sort((a, b) => a - b));
	return {ids: sorted, scores: Float64Array.from(sorted, id => id / 10)};
}

const asMap = (hits: Hits) => new Map([...hits.ids].map((id, i) => [id, hits.scores[i]!]));

test('intersection, union and subtraction agree with plain set arithmetic, lopsided sizes included', () => {
	const next = random(3);
	for (const [small, large] of [[0, 10], [5, 5000], [300, 400], [2000, 20], [1, 1]] as const) {
		const a = randomHits(next, small, 10_000);
		const b = randomHits(next, large, 10_000);
		const [ma, mb] = [asMap(a), asMap(b)];
		const both = [...ma.keys()].filter(id => mb.has(id));
		assert.deepEqual([...intersectHits(a, b).ids], both);
		assert.deepEqual([...intersectHits(a, b).scores], both.map(id => ma.get(id)! + mb.get(id)!));
		const either = [...new Set([...ma.keys(), ...mb.keys()])].sort((x, y) => x - y);
		assert.deepEqual([...unionHits(a, b, 'sum').ids], either);
		assert.deepEqual([...unionHits(a, b, 'max').scores], either.map(id => Math.max(ma.get(id) ?? 0, mb.get(id) ?? 0)));
		const left = [...ma.keys()].filter(id => !mb.has(id));
		assert.deepEqual([...subtractIds(a, b.ids).ids], left);
		assert.deepEqual([...subtractIds(a, b.ids).scores], left.map(id => ma.get(id)!));
	}
});

test('filtering keeps the order and returns the same hits when nothing is dropped', () => {
	const hits: Hits = {ids: Uint32Array.of(1, 2, 3, 4), scores: Float64Array.of(1, 2, 3, 4)};
	const even = filterMarked(hits, Uint8Array.of(0, 1, 0, 1));
	assert.deepEqual([[...even.ids], [...even.scores]], [[2, 4], [2, 4]]);
	assert.equal(filterMarked(hits, Uint8Array.of(1, 1, 1, 1)), hits);
	assert.equal(subtractIds(hits, Uint32Array.of(7, 9)), hits);
});

test('ranking returns the best first: score, then newer publication, then higher id', () => {
	const next = random(11);
	const n = 5000;
	const ids = Array.from({length: n}, (_, i) => i);
	const scores = ids.map(() => Math.floor(next() * 50));
	const published = ids.map(() => Math.floor(next() * 5));
	const expected = [...ids].sort((a, b) => scores[b]! - scores[a]! || published[b]! - published[a]! || b - a);
	assert.deepEqual(rankHits({ids, scores, published}, 25), expected.slice(0, 25));
	assert.deepEqual(rankHits({ids, scores, published}, n + 10), expected);
	assert.deepEqual(rankHits({ids, scores, published}, 0), []);
});

test('a union of many lists gives the ids and scores of pairwise unions, sparse ids included', () => {
	const next = random(11);
	for (const [count, size, range] of [[24, 300, 5000], [5, 2000, 3000], [3, 10, 1_000_000], [1, 50, 100], [0, 0, 10]] as const) {
		const lists = Array.from({length: count}, () => randomHits(next, Math.floor(next() * size), range));
		for (const combine of ['max', 'sum'] as const) {
			const pairwise = lists.reduce((acc, list) => unionHits(acc, list, combine), NO_HITS);
			const many = unionMany(lists, combine);
			assert.deepEqual([...many.ids], [...pairwise.ids], `${count} lists, ${combine}`);
			assert.deepEqual([...many.scores], [...pairwise.scores], `${count} lists, ${combine}`);
		}
	}
});

test('scoring a union of posting lists gives what scoring each list and uniting them gives, filters and sparse ids included', () => {
	const next = random(23);
	for (const [count, size, range] of [[24, 300, 5000], [6, 3000, 3000], [3, 10, 1_000_000], [2, 40, 100], [1, 50, 100], [0, 0, 10]] as const) {
		const lists = Array.from({length: count}, () => {
			const {ids} = randomHits(next, Math.floor(next() * size), range);
			return {ids, weights: Float32Array.from(ids, () => Math.round(next() * 40 * 1024) / 1024)};
		});
		const idfs = lists.map((_, k) => (k % 5 === 4 ? 0 : next() * 8));
		const expected = unionMany(lists.map((list, k) => scoreList(list, idfs[k]!)), 'max');
		const scored = scoreUnion(lists, idfs);
		assert.deepEqual([...scored.ids], [...expected.ids], `${count} lists`);
		assert.deepEqual([...scored.scores], [...expected.scores], `${count} lists`);
	}
});

test('the doc table rows of many ids are the rows each id has alone, in sparse and dense tables', () => {
	const next = random(5);
	const sparse = randomHits(next, 5000, 50_000).ids;
	const dense = randomHits(next, 18_000, 20_000).ids; // a library: most ids up to the last one exist
	for (const table of [sparse, dense]) {
		const docs = {ids: table, published: new Int32Array(table.length), clipped: new Int32Array(table.length)};
		for (const size of [0, 1, 40, 4000]) {
			const ids = randomHits(next, size, 60_000).ids;
			assert.deepEqual([...docRows(docs, ids)], [...ids].map(id => docRow(docs, id)));
		}
	}
});

test('unions give the same answer whatever larger or smaller unions ran before them', () => {
	const next = random(31);
	const cases = [[6, 3000, 40_000], [4, 50, 200], [8, 2000, 12_000], [3, 30, 100]] as const;
	const make = () => cases.map(([count, size, range]) => Array.from({length: count}, () => {
		const {ids} = randomHits(next, size, range);
		return {ids, weights: Float32Array.from(ids, () => Math.round(next() * 40 * 1024) / 1024)};
	}));
	const inputs = make();
	const once = inputs.map(lists => ({scored: scoreUnion(lists, lists.map(() => 1.5)), summed: unionMany(lists.map(list => scoreList(list, 2)), 'sum')}));
	for (const order of [[3, 2, 1, 0], [0, 3, 1, 2]]) {
		for (const i of order) {
			const lists = inputs[i]!;
			assert.deepEqual(scoreUnion(lists, lists.map(() => 1.5)), once[i]!.scored, `scored ${i}`);
			assert.deepEqual(unionMany(lists.map(list => scoreList(list, 2)), 'sum'), once[i]!.summed, `summed ${i}`);
		}
	}
});

test('scoring a list, alone or in a union of alternatives, gives exactly termScore for each posting', () => {
	const next = random(11);
	const lists = [0, 1, 2, 3].map(() => {
		const {ids} = randomHits(next, 300, 1000);
		// Weights as stored: multiples of 1/1024, zero for facet terms.
		return {ids, weights: Float32Array.from(ids, () => (next() < 0.1 ? 0 : Math.round(next() * 20 * 1024) / 1024))};
	});
	const idfs = [0.7, 2.3, 0, 5.1];
	lists.forEach((list, k) => {
		assert.deepEqual([...scoreList(list, idfs[k]!).scores], [...list.weights].map(weight => (idfs[k]! > 0 ? termScore(idfs[k]!, weight) : 0)));
	});
	const best = new Map<number, number>();
	lists.forEach((list, k) => list.ids.forEach((id, i) => best.set(id, Math.max(best.get(id) ?? 0, idfs[k]! > 0 ? termScore(idfs[k]!, list.weights[i]!) : 0))));
	const union = scoreUnion(lists, idfs);
	assert.deepEqual([...union.ids], [...best.keys()].sort((a, b) => a - b));
	assert.deepEqual([...union.scores], [...union.ids].map(id => best.get(id)));
});
