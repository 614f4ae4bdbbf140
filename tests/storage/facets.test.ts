import {test} from 'node:test';
import assert from 'node:assert/strict';
import {saveExtraction} from '../../src/storage/clips.ts';
import {updateClipFields} from '../../src/storage/clip-edits.ts';
import {libraryFacets} from '../../src/storage/facets.ts';
import type {Extraction} from '../../src/shared/types.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';
import {freshDb} from '../helpers/fake-db.ts';

function article(slug: string, text: string, overrides: Partial<Extraction>): Extraction {
	const url = `https://www.gov.uk/government/news/${slug}`;
	return makeExtraction({url, canonicalUrl: url, title: slug, summary: null, text, contentHtml: `<p>${text}</p>`, ...overrides});
}

async function seeded() {
	const {db} = freshDb();
	const rows: [string, string, Partial<Extraction>][] = [
		['heat', 'Heat pump grants for households.', {publisher: 'Department for Energy Security and Net Zero', publishedAt: '2024-05-02', documentType: 'press release'}],
		['civil', 'Civil service headcount to fall.', {publisher: 'Cabinet Office', publishedAt: '2024-01-20', documentType: 'news story'}],
		['digital', 'Digital skills for civil servants.', {publisher: 'Cabinet Office', publishedAt: '2023-06-01', documentType: 'press release'}],
	];
	const ids = [];
	for (const [i, [slug, text, overrides]] of rows.entries()) {
		ids.push((await saveExtraction(db, article(slug, text, overrides), {now: Date.UTC(2024, 6, 1 + i)})).clip.id);
	}
	await updateClipFields(db, ids[1]!, {tags: ['workforce']});
	return db;
}

test('an empty query counts the whole library', async () => {
	const db = await seeded();
	const {facets, counted, total} = await libraryFacets(db, '');
	assert.equal(counted, 3);
	assert.equal(total, 3);
	assert.deepEqual(facets.departments, [{value: 'Cabinet Office', count: 2}, {value: 'Department for Energy Security and Net Zero', count: 1}]);
	assert.deepEqual(facets.years, [{value: '2024', count: 2}, {value: '2023', count: 1}]);
	assert.deepEqual(facets.types, [{value: 'press release', count: 2}, {value: 'news story', count: 1}]);
	assert.deepEqual(facets.tags, [{value: 'workforce', count: 1}]);
});

test('a query counts only what it finds, words and filters alike', async () => {
	const db = await seeded();
	const civil = await libraryFacets(db, 'civil');
	assert.deepEqual(civil.facets.departments, [{value: 'Cabinet Office', count: 2}]);
	assert.equal(civil.total, 2);
	const filtered = await libraryFacets(db, 'dept:"Cabinet Office" after:2024-01-01');
	assert.deepEqual(filtered.facets.years, [{value: '2024', count: 1}]);
	assert.deepEqual(filtered.facets.tags, [{value: 'workforce', count: 1}]);
});

test('past the limit it says how many it counted', async () => {
	const db = await seeded();
	const {counted, total} = await libraryFacets(db, '', {limit: 2});
	assert.deepEqual({counted, total}, {counted: 2, total: 3});
});
