import {test} from 'node:test';
import assert from 'node:assert/strict';
import {countFacets, type FacetClip} from '../../../src/core/library/facets.ts';

const clip = (publisher: string | null, publishedAt: string | null, documentType: string | null, tags: string[] = []): FacetClip =>
	({publisher, publishedAt, documentType, tags});

test('counts departments, years, types and tags; most first, years newest first', () => {
	const facets = countFacets([
		clip('Cabinet Office', '2024-03-05', 'press release', ['brexit', 'Trade']),
		clip('Cabinet  Office ', '2023-12-31T23:00:00Z', 'news story', ['trade']),
		clip('HM Treasury', '2024', 'press release', ['Brexit', 'brexit']),
		clip(null, null, null),
		clip('Home Office', 'not a date', 'Press release'),
		clip('Home Office; Cabinet Office', null, null),
	]);
	assert.deepEqual(facets.departments, [{value: 'Cabinet Office', count: 3}, {value: 'Home Office', count: 2}, {value: 'HM Treasury', count: 1}]);
	assert.deepEqual(facets.years, [{value: '2024', count: 2}, {value: '2023', count: 1}]);
	assert.deepEqual(facets.types, [{value: 'press release', count: 3}, {value: 'news story', count: 1}]);
	assert.deepEqual(facets.tags, [{value: 'brexit', count: 2}, {value: 'Trade', count: 2}]);
});

test('no clips, no values', () => {
	assert.deepEqual(countFacets([]), {departments: [], years: [], types: [], tags: []});
});
