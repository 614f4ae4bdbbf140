import assert from 'node:assert/strict';
import test from 'node:test';
import {MemoryIndexStore} from '../../../src/core/search/memory-index-store.ts';
import {search} from '../../../src/core/search/search.ts';
import {RELEVANCE_CLIPS, RELEVANCE_QUERIES} from '../../fixtures/search/relevance.ts';

test('the labelled queries find what a reader wants: precision@5 and MRR stay above their floors', async () => {
	const store = MemoryIndexStore.fromClips(RELEVANCE_CLIPS);
	let precision = 0;
	let reciprocalRank = 0;
	const misses: string[] = [];
	for (const {query, relevant} of RELEVANCE_QUERIES) {
		const top = (await search(query, store, {limit: 5, prefix: false})).hits.map(hit => hit.id);
		// Precision against what is attainable: a query with one relevant clip scores 1 when it is in the top 5.
		precision += top.filter(id => relevant.includes(id)).length / Math.min(5, relevant.length);
		const rank = top.findIndex(id => relevant.includes(id));
		reciprocalRank += rank < 0 ? 0 : 1 / (rank + 1);
		if (top[0] !== relevant[0]) misses.push(`${query}: ${top.join(',')}`);
	}
	const n = RELEVANCE_QUERIES.length;
	const p5 = precision / n;
	const mrr = reciprocalRank / n;
	assert.ok(p5 >= 0.9, `precision@5 ${p5.toFixed(2)}; ${misses.join('; ')}`);
	assert.ok(mrr >= 0.9, `MRR ${mrr.toFixed(2)}; ${misses.join('; ')}`);
});
