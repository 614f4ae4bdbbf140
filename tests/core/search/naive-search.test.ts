import assert from 'node:assert/strict';
import test from 'node:test';
import {naiveDoc, naiveSearch} from '../../../src/core/search/naive-search.ts';
import {RELEVANCE_CLIPS} from '../../fixtures/search/relevance.ts';

test('the naive scan finds clips holding every word as a substring, most occurrences first', () => {
	const docs = RELEVANCE_CLIPS.map(naiveDoc);
	assert.deepEqual(naiveSearch('heat pump', docs).map(hit => hit.id), [2]);
	assert.deepEqual(naiveSearch('"drinking water"', docs).map(hit => hit.id), [11]);
	assert.deepEqual(naiveSearch('housing', docs, 1).map(hit => hit.id), [5]);
	assert.deepEqual(naiveSearch('the', docs), []);
});
