import assert from 'node:assert/strict';
import test from 'node:test';
import {clipToIndexDoc} from '../../../src/core/search/clip-to-index-doc.ts';
import {decodeHead, encodeHead} from '../../../src/core/search/index-store.ts';
import {MemoryIndexStore} from '../../../src/core/search/memory-index-store.ts';
import {applyDelta, buildIndex, pendingEntry, planMerge} from '../../../src/core/search/merge-pending.ts';
import {search} from '../../../src/core/search/search.ts';
import {RELEVANCE_CLIPS, RELEVANCE_QUERIES} from '../../fixtures/search/relevance.ts';
import {fixtureClip} from '../../fixtures/search/fixture-clip.ts';

async function ids(store: MemoryIndexStore, query: string): Promise<number[]> {
	return (await search(query, store, {prefix: false})).hits.map(hit => hit.id);
}

async function snapshot(store: MemoryIndexStore) {
	const head = await store.head();
	const terms = [...head.dictionary.terms];
	const lists = await store.postings(terms);
	return {
		terms,
		dfs: [...head.dictionary.dfs],
		docs: [...head.docs.ids],
		postings: lists.map(list => [[...list!.ids], [...list!.weights]]),
	};
}

test('a saved clip is found at once, before any merge', async () => {
	const store = MemoryIndexStore.fromClips(RELEVANCE_CLIPS.slice(0, 5));
	store.add(fixtureClip({id: 99, title: 'Seaweed farming licences', text: 'Coastal seaweed farms get licences.', publishedAt: '2024-07-01'}));
	assert.equal(store.pendingCount, 1);
	assert.deepEqual(await ids(store, 'seaweed'), [99]);
	assert.deepEqual(await ids(store, 'seaweed published:2024-07'), [99], 'filters read pending dates');
	assert.deepEqual((await search('seawe', store)).hits.map(hit => hit.id), [99], 'prefixes expand over pending terms');
	store.merge();
	assert.equal(store.pendingCount, 0);
	assert.deepEqual(await ids(store, 'seaweed'), [99]);
});

test('merging in small shards builds the same index as a rebuild', async () => {
	const merged = MemoryIndexStore.fromClips(RELEVANCE_CLIPS.slice(0, 4));
	for (const clip of RELEVANCE_CLIPS.slice(4)) merged.add(clip);
	merged.merge(7);
	assert.deepEqual(await snapshot(merged), await snapshot(MemoryIndexStore.fromClips(RELEVANCE_CLIPS)));
});

test('searches give the same results whether clips are pending or merged', async () => {
	const pending = MemoryIndexStore.fromClips([]);
	for (const clip of RELEVANCE_CLIPS) pending.add(clip);
	const built = MemoryIndexStore.fromClips(RELEVANCE_CLIPS);
	for (const {query} of RELEVANCE_QUERIES) {
		assert.deepEqual(await search(query, pending), await search(query, built), query);
	}
});

test('a deleted clip disappears at once, and from postings and the dictionary when merged', async () => {
	const store = MemoryIndexStore.fromClips(RELEVANCE_CLIPS);
	store.remove(9);
	assert.deepEqual(await ids(store, 'wildfire'), []);
	assert.deepEqual(await ids(store, 'site:canada.ca'), []);
	store.merge();
	const head = await store.head();
	assert.equal(head.dictionary.df('wildfir'), 0);
	assert.equal(head.docs.ids.includes(9), false);
	assert.deepEqual(await snapshot(store), await snapshot(MemoryIndexStore.fromClips(RELEVANCE_CLIPS.filter(clip => clip.id !== 9))));
});

test('an edited clip is found by its new words only, before and after the merge', async () => {
	const store = MemoryIndexStore.fromClips(RELEVANCE_CLIPS);
	const original = RELEVANCE_CLIPS.find(clip => clip.id === 12)!;
	store.add({...original, title: 'Orthodontics pilot', text: 'A pilot for orthodontics in schools.', summary: null});
	assert.deepEqual(await ids(store, 'dental'), []);
	assert.deepEqual(await ids(store, 'orthodontics'), [12]);
	store.add({...original, title: 'Orthodontics and braces pilot', text: 'Braces.', summary: null}); // edited again before a merge
	store.merge(3);
	assert.deepEqual(await ids(store, 'dental'), []);
	assert.deepEqual(await ids(store, 'braces'), [12]);
	assert.equal((await store.head()).dictionary.df('dental'), 0);
});

test('a merge interrupted and run again gives the same postings', () => {
	const base = buildIndex(RELEVANCE_CLIPS.slice(0, 8).map(clipToIndexDoc));
	const entries = RELEVANCE_CLIPS.slice(8).map(clip => pendingEntry(clip.id, clipToIndexDoc(clip)));
	const plan = planMerge(entries);
	const once = plan.terms.map(term => applyDelta(base.postings.get(term), plan.deltas.get(term)!));
	const twice = plan.terms.map((term, i) => applyDelta(once[i], plan.deltas.get(term)!));
	assert.deepEqual(twice, once);
});

test('a pending entry remembers every term an earlier version may have left in postings', () => {
	const first = pendingEntry(1, {id: 1, terms: ['a', 'b'], weights: Float32Array.of(1, 1), published: 0, clipped: 0}, {indexed: {id: 1, terms: ['z'], weights: Float32Array.of(1), published: 0, clipped: 0}});
	assert.deepEqual(first.stale, ['z']);
	assert.deepEqual(pendingEntry(1, null, {pending: first}).stale, ['a', 'b', 'z']);
});

test('the head survives structured cloning, as IndexedDB stores it', async () => {
	const head = await MemoryIndexStore.fromClips(RELEVANCE_CLIPS).head();
	const copy = decodeHead(structuredClone(encodeHead(head)));
	assert.deepEqual(copy.dictionary.terms, head.dictionary.terms);
	assert.deepEqual(copy.docs, head.docs);
});

test('clipToIndexDoc is deterministic and weights titles above bodies', () => {
	const clip = RELEVANCE_CLIPS[0]!;
	const doc = clipToIndexDoc(clip);
	assert.deepEqual(clipToIndexDoc(structuredClone(clip)), doc);
	const weight = (term: string) => doc.weights[doc.terms.indexOf(term)]!;
	assert.ok(weight('rebuild') > weight('classroom'), 'title word over body word');
	assert.ok(doc.terms.includes('#dept:education') && doc.terms.includes('#site:gov.uk') && doc.terms.includes('#tag:schools'));
	assert.equal(weight('#dept:education'), 0, 'facets filter, they do not score');
	assert.deepEqual([...doc.terms].sort(), doc.terms);
});
