import {test} from 'node:test';
import assert from 'node:assert/strict';
import {deleteClip, saveExtraction} from '../../src/storage/clips.ts';
import {removeClips, restoreClips, updateClipFields} from '../../src/storage/clip-edits.ts';
import {checkIndex} from '../../src/storage/check-index.ts';
import {mergePending} from '../../src/storage/merge-index.ts';
import {searchLibrary, warmUpSearch} from '../../src/storage/search-index.ts';
import {bucketOf} from '../../src/storage/posting-buckets.ts';
import {forgetIndexCache, readDictionary, withIndexReader} from '../../src/storage/index-reader.ts';
import {ClipDb} from '../../src/storage/db.ts';
import type {Extraction} from '../../src/shared/types.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';
import {freshDb} from '../helpers/fake-db.ts';

function article(slug: string, title: string, text: string, overrides: Partial<Extraction> = {}): Extraction {
	const url = `https://www.gov.uk/government/news/${slug}`;
	return makeExtraction({url, canonicalUrl: url, title, summary: null, text, contentHtml: `<p>${text}</p>`, ...overrides});
}

const LIBRARY: [string, string, string, Partial<Extraction>][] = [
	['heat-pumps', 'Heat pump grants extended', 'Households can claim a grant towards a heat pump until 2028.', {publisher: 'Department for Energy Security and Net Zero', publishedAt: '2024-05-02'}],
	['civil-service', 'Civil service headcount to fall', 'The civil service will shrink through a recruitment freeze.', {publisher: 'Cabinet Office', documentType: 'news story', publishedAt: '2024-01-20'}],
	['schools', 'School rebuilding programme', 'Schools will benefit from new funding to rebuild classrooms.', {publisher: 'Department for Education', publishedAt: '2024-03-12'}],
	['digital', 'Digital skills for civil servants', 'The Cabinet Office will train civil servants in digital skills.', {publisher: 'Cabinet Office', publishedAt: '2023-06-01'}],
];

async function seed(db: ClipDb): Promise<number[]> {
	const ids: number[] = [];
	for (const [i, [slug, title, text, overrides]] of LIBRARY.entries()) {
		ids.push((await saveExtraction(db, article(slug, title, text, overrides), {now: Date.UTC(2024, 6, 1 + i)})).clip.id);
	}
	return ids;
}

const hasPostings = async (db: ClipDb, term: string) => (await db.postings.get(bucketOf(term)))?.lists.has(term) ?? false;

const titles = async (db: ClipDb, query: string) => (await searchLibrary(db, query)).hits.map(hit => hit.title);

test('a saved clip is found at once, before any merge, with a highlighted snippet', async () => {
	const {db} = freshDb();
	await seed(db);
	assert.equal(await db.pending.count(), LIBRARY.length, 'saving wrote pending entries in the same transaction');
	const page = await searchLibrary(db, 'heat pump');
	assert.deepEqual(page.hits.map(hit => hit.title), ['Heat pump grants extended']);
	assert.equal(page.total, 1);
	assert.equal(page.relaxed, false);
	const [hit] = page.hits;
	assert.ok(hit!.score > 0);
	assert.equal(hit!.contactCount, 1);
	const marked = hit!.snippet.highlights.map(([start, end]) => hit!.snippet.text.slice(start, end));
	assert.deepEqual(marked, ['heat', 'pump']);
});

test('results are the same before and after the merge', async () => {
	const {db} = freshDb();
	await seed(db);
	const queries = ['civil service', 'civil', 'digi', 'funding', 'dept:"Cabinet Office"', 'cabinet -digital', '"civil servants"'];
	const before = await Promise.all(queries.map(query => titles(db, query)));
	assert.deepEqual(await mergePending(db, {maxEntries: 100}), {merged: LIBRARY.length, remaining: 0});
	assert.equal(await db.pending.count(), 0);
	assert.ok(await db.postings.count() > 20);
	const after = await Promise.all(queries.map(query => titles(db, query)));
	assert.deepEqual(after, before);
	assert.deepEqual(after[4], ['Digital skills for civil servants', 'Civil service headcount to fall'], 'filters alone list by date clipped');
});

test('a deleted clip leaves the results at once, and after a merge', async () => {
	const {db} = freshDb();
	const ids = await seed(db);
	await mergePending(db);
	assert.deepEqual(await titles(db, 'schools'), ['School rebuilding programme']);
	assert.equal(await hasPostings(db, 'rebuild'), true);
	await deleteClip(db, ids[2]!);
	assert.deepEqual(await titles(db, 'schools'), []);
	await mergePending(db);
	assert.deepEqual(await titles(db, 'schools'), []);
	assert.equal(await hasPostings(db, 'rebuild'), false, 'a term no clip holds loses its list');
	assert.equal((await checkIndex(db)).ok, true);
});

test('an updated clip is found by its new words only', async () => {
	const {db} = freshDb();
	await seed(db);
	await mergePending(db);
	assert.equal(await hasPostings(db, 'classroom'), true);
	await saveExtraction(db, article('schools', 'School rebuilding programme', 'Schools will benefit from new money to repair playgrounds.', {publisher: 'Department for Education'}), {now: Date.UTC(2024, 7, 1)});
	assert.deepEqual(await titles(db, 'playgrounds'), ['School rebuilding programme']);
	assert.deepEqual(await titles(db, 'classrooms'), [], 'the old words are masked while the update is pending');
	await mergePending(db);
	assert.deepEqual(await titles(db, 'playgrounds'), ['School rebuilding programme']);
	assert.deepEqual(await titles(db, 'classrooms'), []);
	assert.equal(await hasPostings(db, 'classroom'), false);
});

test('the empty query lists the newest clips first, with paging and a total', async () => {
	const {db} = freshDb();
	await seed(db);
	const page = await searchLibrary(db, '', {limit: 2});
	assert.deepEqual(page.hits.map(hit => hit.title), ['Digital skills for civil servants', 'School rebuilding programme']);
	assert.equal(page.total, 4);
	assert.equal(page.hits[0]!.score, 0);
	assert.ok(page.hits[0]!.snippet.text.startsWith('The Cabinet Office'));
	const next = await searchLibrary(db, '  ', {limit: 2, offset: 2});
	assert.deepEqual(next.hits.map(hit => hit.title), ['Civil service headcount to fall', 'Heat pump grants extended']);
});

test('filters apply with and without words, pending and merged alike', async () => {
	const {db} = freshDb();
	await seed(db);
	for (const merged of [false, true]) {
		if (merged) await mergePending(db);
		assert.deepEqual(await titles(db, 'dept:"Cabinet Office" after:2024'), ['Civil service headcount to fall']);
		assert.deepEqual(await titles(db, 'type:"news story"'), ['Civil service headcount to fall']);
		assert.deepEqual(await titles(db, 'civil -type:"news story"'), ['Digital skills for civil servants']);
		assert.deepEqual(await titles(db, 'site:gov.uk published:2024-03'), ['School rebuilding programme']);
		assert.deepEqual(await titles(db, 'clipped-after:2024-07-03'), ['Digital skills for civil servants', 'School rebuilding programme']);
		const page = await searchLibrary(db, 'dept:"Cabinet Office"', {limit: 1, offset: 1});
		assert.deepEqual([page.total, page.hits.map(hit => hit.title)], [2, ['Civil service headcount to fall']]);
		assert.deepEqual(await titles(db, '-"civil servants" dept:"Cabinet Office"'), ['Civil service headcount to fall'], 'an excluded phrase is checked on the text');
	}
});

test('filters alone list merged, pending and edited clips together, newest clipped first, as the empty query does', async () => {
	const {db} = freshDb();
	const ids = await seed(db);
	await mergePending(db);
	await saveExtraction(db, article('newest', 'Newest clip on ferries', 'Ferries will run more often.'), {now: Date.UTC(2024, 6, 9)});
	await saveExtraction(db, article('oldest', 'Oldest clip on canals', 'Canals will be dredged.'), {now: Date.UTC(2024, 5, 20)});
	await updateClipFields(db, ids[1]!, {tags: ['staffing']}); // merged, and pending again
	const newestFirst = (await searchLibrary(db, '')).hits.map(hit => hit.title);
	assert.equal(newestFirst.length, 6);
	assert.deepEqual(await titles(db, 'site:gov.uk'), newestFirst);
	const page = await searchLibrary(db, 'site:gov.uk', {limit: 2, offset: 1});
	assert.deepEqual(page.hits.map(hit => hit.title), newestFirst.slice(1, 3));
});

test('a query no clip fully matches falls back to clips holding some words', async () => {
	const {db} = freshDb();
	await seed(db);
	const page = await searchLibrary(db, 'heat recruitment');
	assert.equal(page.relaxed, true);
	assert.equal(page.hits.length, 2);
});

test('tag edits, removals and their undo reach the search index in the same transaction', async () => {
	const {db} = freshDb();
	const ids = await seed(db);
	await mergePending(db);
	await updateClipFields(db, ids[0]!, {tags: ['heating']});
	assert.deepEqual(await titles(db, 'tag:heating'), ['Heat pump grants extended']);
	assert.deepEqual(await titles(db, 'tag:heating heat'), ['Heat pump grants extended']);
	await updateClipFields(db, ids[0]!, {note: 'no index change'});
	const removed = await removeClips(db, [ids[1]!, ids[3]!]);
	assert.deepEqual(await titles(db, 'civil'), []);
	assert.equal((await checkIndex(db)).ok, true);
	await mergePending(db);
	assert.equal(await restoreClips(db, removed), 2);
	assert.deepEqual((await titles(db, 'civil ')).sort(), ['Civil service headcount to fall', 'Digital skills for civil servants']);
	await mergePending(db);
	assert.deepEqual(await titles(db, 'tag:heating'), ['Heat pump grants extended']);
	assert.equal((await checkIndex(db)).ok, true);
});

test('warming the search up works on an empty library and leaves results unchanged', async () => {
	const {db} = freshDb();
	await warmUpSearch(db);
	await seed(db);
	await warmUpSearch(db);
	assert.deepEqual(await titles(db, 'heat pump'), ['Heat pump grants extended']);
});

test('warming up runs its queries on the library\'s own common words and changes no result', async () => {
	const {db} = freshDb();
	await seed(db);
	for (const [i, slug] of ['water', 'waste', 'wages'].entries()) {
		await saveExtraction(db, article(slug, `Water and waste plans ${i}`, 'Water companies face waste fines; water bills and waste collections change.'), {now: Date.UTC(2024, 7, 1 + i)});
	}
	await mergePending(db);
	const queries = ['water ', 'water was', '"water and waste"', 'waste clipped-before:2024-08-03', 'clipped:2024-08-03', 'civil service'];
	const page = async (query: string) => {
		const {hits, total} = await searchLibrary(db, query);
		return {total, hits: hits.map(hit => [hit.title, hit.snippet.text])};
	};
	forgetIndexCache(db);
	const cold = await Promise.all(queries.map(page));
	forgetIndexCache(db);
	await warmUpSearch(db);
	assert.deepEqual(await Promise.all(queries.map(page)), cold);
	assert.equal(cold[0]!.total, 3);
});

test('a query without a prefix being typed ranks the same without reading the dictionary', async () => {
	const {db} = freshDb();
	await seed(db);
	await mergePending(db);
	const queries = ['civil service ', '"civil servants"', 'cabinet -digital', 'funding dept:"Department for Education"'];
	const scored = async () => Promise.all(queries.map(async query => (await searchLibrary(db, query)).hits.map(hit => [hit.id, hit.score])));
	const before = await scored();
	assert.ok(before.every(hits => hits.length > 0));
	await db.searchTerms.clear(); // document frequencies now come from the posting lists alone
	forgetIndexCache(db);
	assert.deepEqual(await scored(), before);
});

test('a prefix being typed reads only the dictionary slice of its first two letters', async () => {
	const {db} = freshDb();
	await seed(db);
	await mergePending(db);
	const queries = ['civ', 'civil serv', 'dig', 'fundi', 'cabinet sch'];
	const scored = async () => Promise.all(queries.map(async query => (await searchLibrary(db, query)).hits.map(hit => [hit.id, hit.score])));
	const before = await scored();
	assert.ok(before.every(hits => hits.length > 0));
	const read = new Set(queries.map(query => query.split(' ').at(-1)!.slice(0, 2)));
	await db.searchTerms.where('prefix').noneOf([...read]).delete();
	assert.ok(await db.searchTerms.count() < read.size + 1);
	forgetIndexCache(db);
	assert.deepEqual(await scored(), before);
});

test('without snippets a search returns the same hits and scores, each with an empty snippet', async () => {
	const {db} = freshDb();
	await seed(db);
	for (const query of ['civil', 'dept:"Cabinet Office"', '']) {
		const full = await searchLibrary(db, query);
		const bare = await searchLibrary(db, query, {snippets: false});
		assert.deepEqual(bare.hits.map(({snippet, ...rest}) => rest), full.hits.map(({snippet, ...rest}) => rest), query);
		assert.ok(bare.hits.every(hit => hit.snippet.text === '' && hit.snippet.highlights.length === 0), query);
		assert.ok(full.hits.some(hit => hit.snippet.text !== ''), query);
	}
});

test('a database object that searched before sees what another one saved, merged and deleted since', async () => {
	const {db, idb} = freshDb();
	const [heatPumps] = await seed(db);
	await mergePending(db);
	const popup = new ClipDb('govclip', idb); // the popup's own connection, its cache filled by a first search
	const before = await titles(popup, 'civil');
	assert.equal(before.length, 2);
	await saveExtraction(db, article('civil-list', 'Civil list published', 'The civil list for the year is out.'), {now: Date.UTC(2024, 7, 1)});
	const after = ['Civil list published', ...before].sort();
	assert.deepEqual((await titles(popup, 'civil')).sort(), after, 'pending in the other connection');
	await mergePending(db);
	assert.deepEqual((await titles(popup, 'civil')).sort(), after, 'merged');
	await deleteClip(db, heatPumps!);
	await mergePending(db);
	assert.deepEqual(await titles(popup, 'heat pump '), []);
	popup.close();
});

test('searches typed in quick succession may overlap, the first prefix of a page included', async () => {
	const {db, idb} = freshDb();
	await seed(db);
	await mergePending(db);
	const popup = new ClipDb('govclip', idb);
	const queries = ['ci', 'civ', 'civi', 'civil', 'civil se', 'sch', 'dig'];
	const together = await Promise.all(queries.map(query => titles(popup, query)));
	const alone = [];
	for (const query of queries) alone.push(await titles(db, query));
	assert.deepEqual(together, alone);
	popup.close();
});

test('a result page is the same whether its text rows are read or come from the cache, on a new connection too', async () => {
	const {db, idb} = freshDb();
	await seed(db);
	await mergePending(db);
	const queries = ['civil', 'civil servants ', '"civil service"', 'dept:"Cabinet Office"', 'schools -digital'];
	const first = [];
	for (const query of queries) first.push(await searchLibrary(db, query));
	const again = [];
	for (const query of queries) again.push(await searchLibrary(db, query));
	assert.deepEqual(again, first, 'cached rows');
	const popup = new ClipDb('govclip', idb);
	const fresh = await Promise.all(queries.map(query => searchLibrary(popup, query)));
	assert.deepEqual(fresh, first, 'rows read on another connection, queries overlapping');
	popup.close();
});

test('a search reads in a transaction of its own, on a connection Dexie closed opened again', async () => {
	const {db} = freshDb();
	await seed(db);
	const before = await searchLibrary(db, 'civil');
	assert.equal(before.hits.length, 2);
	assert.ok(before.hits.every(hit => hit.snippet.highlights.length > 0));
	db.close(); // as Dexie does when another page upgrades the database
	assert.deepEqual(await searchLibrary(db, 'civil'), before);
	assert.equal(db.isOpen(), true);
});

test('a query reads the dictionary slices of a prefix as the merge wrote them, for prefixes of any length', async () => {
	const {db} = freshDb();
	await seed(db);
	for (let result = {remaining: 1}; result.remaining > 0;) result = await mergePending(db, {maxEntries: 100});
	for (const prefix of ['', 'c', 'ci', 'civ']) {
		const expected = (await readDictionary(db.searchTerms, prefix)).terms;
		assert.ok(expected.length > 0, prefix);
		forgetIndexCache(db);
		assert.deepEqual((await withIndexReader(db, reader => reader.dictionary(prefix))).terms, expected, JSON.stringify(prefix));
	}
});
