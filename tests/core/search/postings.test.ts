import assert from 'node:assert/strict';
import test from 'node:test';
import {Dictionary, sliceKey} from '../../../src/core/search/dictionary.ts';
import {decodePostings, encodePostings, mergePostings, removeIds, type PostingList} from '../../../src/core/search/postings.ts';

function list(pairs: [number, number][]): PostingList {
	return {ids: Uint32Array.from(pairs, ([id]) => id), weights: Float32Array.from(pairs, ([, weight]) => weight)};
}

function pairs({ids, weights}: PostingList): [number, number][] {
	return [...ids].map((id, i) => [id, weights[i]!]);
}

/** mulberry32: seeded, so a failing case can be replayed. */
function random(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

test('postings survive encoding exactly, including large ids and gaps', () => {
	const original = list([[1, 0], [2, 1.5], [300, 65535 / 1024], [70_000, 0.0009765625], [4_294_967_295, 12.25]]);
	assert.deepEqual(pairs(decodePostings(encodePostings(original))), pairs(original));
	assert.deepEqual(pairs(decodePostings(encodePostings(list([])))), []);
});

test('random postings round-trip, and dense ones pack to about three bytes a clip', () => {
	const next = random(7);
	for (let round = 0; round < 20; round++) {
		const ids = new Set<number>();
		const size = Math.floor(next() * 2000);
		while (ids.size < size) ids.add(Math.floor(next() * 100_000));
		const original = list([...ids].sort((a, b) => a - b).map(id => [id, Math.round(next() * 60 * 1024) / 1024]));
		assert.deepEqual(pairs(decodePostings(encodePostings(original))), pairs(original));
	}
	const dense = list(Array.from({length: 10_000}, (_, i) => [i * 3, 1]));
	assert.ok(encodePostings(dense).length <= 3 * 10_000 + 8);
});

test('an unknown format is refused rather than misread', () => {
	assert.throws(() => decodePostings(Uint8Array.of(9, 0)), RangeError);
});

test('merging keeps ids sorted and lets the newer weight win', () => {
	const merged = mergePostings(list([[1, 1], [4, 1], [9, 1]]), list([[2, 2], [4, 2], [12, 2]]));
	assert.deepEqual(pairs(merged), [[1, 1], [2, 2], [4, 2], [9, 1], [12, 2]]);
});

test('removing ids takes out only those present, and returns the same list when none is', () => {
	const original = list([[1, 1], [4, 1], [9, 1]]);
	assert.deepEqual(pairs(removeIds(original, Uint32Array.of(0, 4, 10))), [[1, 1], [9, 1]]);
	assert.equal(removeIds(original, Uint32Array.of(2, 3)), original);
});

test('merge then remove gives back the original', () => {
	const base = list([[3, 1], [5, 2], [8, 3]]);
	const added = list([[4, 9], [10, 9]]);
	assert.deepEqual(pairs(removeIds(mergePostings(base, added), added.ids)), pairs(base));
});

test('the dictionary looks terms up, expands prefixes by frequency, and round-trips', () => {
	const dictionary = Dictionary.fromCounts([['minister', 40], ['ministry', 90], ['minist', 5], ['mining', 12], ['budget', 30], ['#dept:minist', 7]]);
	assert.equal(dictionary.df('ministry'), 90);
	assert.equal(dictionary.df('absent'), 0);
	assert.deepEqual(dictionary.expandPrefix('minis', 10), ['ministry', 'minister', 'minist']);
	assert.deepEqual(dictionary.expandPrefix('min', 2), ['ministry', 'minister']);
	assert.deepEqual(dictionary.expandPrefix('zzz', 5), []);
	assert.deepEqual(dictionary.expandPrefix('min', 0), []);
	const copy = Dictionary.decode(structuredClone(dictionary.encode()));
	assert.deepEqual(copy.terms, dictionary.terms);
	assert.deepEqual([...copy.dfs], [...dictionary.dfs]);
	assert.equal(Dictionary.decode(Dictionary.empty.encode()).size, 0);
	// A head stored before term offsets were kept decodes the same, finding them again.
	const {starts, ...older} = dictionary.encode();
	assert.equal(starts?.length, dictionary.size + 1);
	const fromOlder = Dictionary.decode(structuredClone(older));
	assert.equal(fromOlder.df('ministry'), 90);
	assert.deepEqual(fromOlder.expandPrefix('minis', 10), ['ministry', 'minister', 'minist']);
	assert.equal(copy.df('mining'), 12);
});

test('the dictionary cuts into slices by first two letters, in order, and joins back whole', () => {
	const dictionary = Dictionary.fromCounts([['a', 3], ['ab', 1], ['abc', 2], ['b', 4], ['ministry', 90], ['minister', 40], ['mining', 12], ['#dept:x', 7], ['é', 1]]);
	const slices = dictionary.slices();
	assert.deepEqual(slices.map(slice => slice.key), ['#d', 'a', 'ab', 'b', 'mi', 'é']);
	assert.deepEqual(slices.map(slice => slice.dictionary.terms), [['#dept:x'], ['a'], ['ab', 'abc'], ['b'], ['mining', 'minister', 'ministry'], ['é']]);
	assert.ok(slices.every(({key}) => key === sliceKey(key)));
	const joined = Dictionary.join(slices.map(slice => Dictionary.decode(structuredClone(slice.dictionary.encode()))));
	assert.deepEqual(joined.terms, dictionary.terms);
	assert.deepEqual([...joined.dfs], [...dictionary.dfs]);
	assert.deepEqual(joined.encode(), dictionary.encode());
	assert.equal(joined.df('abc'), 2);
	assert.deepEqual(joined.expandPrefix('mi', 2), ['ministry', 'minister']);
	assert.equal(Dictionary.join([]).size, 0);
	assert.deepEqual(Dictionary.join([Dictionary.empty, slices[4]!.dictionary]).terms, ['mining', 'minister', 'ministry']);
});

test('updating frequencies adds, changes and drops terms in one pass', () => {
	const dictionary = Dictionary.fromCounts([['b', 2], ['d', 4]]);
	const updated = dictionary.withCounts(new Map([['a', 1], ['d', 0], ['b', 3], ['e', 5]]));
	assert.deepEqual(updated.terms, ['a', 'b', 'e']);
	assert.deepEqual([...updated.dfs], [1, 3, 5]);
	assert.equal(dictionary.withCounts(new Map()), dictionary);
});
