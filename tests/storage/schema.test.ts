import {test} from 'node:test';
import assert from 'node:assert/strict';
import Dexie from 'dexie';
import {IDBFactory, IDBKeyRange} from 'fake-indexeddb';
import {ClipDb} from '../../src/storage/db.ts';
import {SCHEMA_VERSIONS} from '../../src/storage/schema.ts';
import {checkIndex} from '../../src/storage/check-index.ts';
import {mergePending} from '../../src/storage/merge-index.ts';
import {searchLibrary} from '../../src/storage/search-index.ts';
import {clipToIndexDoc} from '../../src/core/search/clip-to-index-doc.ts';
import {buildIndex, pendingEntry} from '../../src/core/search/merge-pending.ts';
import {encodePostings} from '../../src/core/search/postings.ts';
import type {SearchHeadRow} from '../../src/storage/db.ts';
import {readDictionary} from '../../src/storage/index-reader.ts';
import {Dictionary} from '../../src/core/search/dictionary.ts';
import {bucketOf} from '../../src/storage/posting-buckets.ts';
import {searchTextRow} from '../../src/storage/search-texts.ts';
import {RELEVANCE_CLIPS} from '../fixtures/search/relevance.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';

test('v1 → v2: clips saved before search existed are findable at once, and merge into the index', async () => {
	const idb = {indexedDB: new IDBFactory(), IDBKeyRange};
	// Frozen copy of the v1 schema as released. Not imported from src/: src/ moves on, this must not.
	const v1 = new Dexie('govclip', idb);
	v1.version(1).stores({
		clips: '++id, &canonicalUrl, contentHash, publishedAt, clippedAt, publisher, *tags',
		bodies: 'id',
		versions: '++id, clipId',
	});
	const {contentHtml, text, ...metadata} = makeExtraction({title: 'Seaweed farming licences', text: 'Coastal seaweed farms get licences.'});
	const id = await v1.table('clips').add({...metadata, clippedAt: 1000, tags: ['coast'], note: '', contentHash: 'h1', version: 1});
	await v1.table('bodies').add({id, contentHtml, text});
	await v1.table('clips').add({...metadata, canonicalUrl: 'https://a.test/no-body', title: 'A clip whose body was lost', clippedAt: 2000, tags: [], note: '', contentHash: 'h2', version: 1});
	v1.close();

	const db = new ClipDb('govclip', idb);
	assert.equal(await db.clips.count(), 2, 'v1 rows are kept');
	assert.equal(await db.pending.count(), 2);
	assert.deepEqual((await searchLibrary(db, 'seaweed')).hits.map(hit => hit.id), [id]);
	assert.equal((await searchLibrary(db, 'tag:coast')).total, 1);
	assert.equal((await checkIndex(db)).ok, true);
	await mergePending(db);
	assert.deepEqual((await searchLibrary(db, 'seaweed')).hits.map(hit => hit.id), [id]);
	assert.deepEqual((await searchLibrary(db, 'lost')).hits.map(hit => hit.title), ['A clip whose body was lost']);
	db.close();
});

test('v2 → v3: every clip gets its search text row, and result pages read those instead of bodies', async () => {
	const idb = {indexedDB: new IDBFactory(), IDBKeyRange};
	// Frozen copy of the v2 schema as released, with a v2 library: clips, bodies and their pending index entries.
	const v2 = new Dexie('govclip', idb);
	v2.version(1).stores({
		clips: '++id, &canonicalUrl, contentHash, publishedAt, clippedAt, publisher, *tags',
		bodies: 'id',
		versions: '++id, clipId',
	});
	v2.version(2).stores({postings: 'bucket', searchHead: 'key', pending: 'id, seq'});
	const seeded = [
		makeExtraction({canonicalUrl: 'https://a.test/seaweed', title: 'Seaweed farming licences', text: 'Coastal seaweed farms get licences from the marine office.'}),
		makeExtraction({canonicalUrl: 'https://a.test/ferries', title: 'Island ferries', text: 'New ferries will serve the islands from spring.'}),
	];
	for (const [i, extraction] of seeded.entries()) {
		const {contentHtml, text, ...metadata} = extraction;
		const row = {...metadata, clippedAt: 1000 + i, tags: ['coast'], note: '', contentHash: `h${i}`, version: 1};
		const id = await v2.table('clips').add(row) as number;
		await v2.table('bodies').add({id, contentHtml, text});
		await v2.table('pending').add({...pendingEntry(id, clipToIndexDoc({...row, id, text})), seq: 1});
	}
	await v2.table('searchHead').put({key: 'state', headRev: 0, pendingRev: 1, pendingCount: 2});
	v2.close();

	const db = new ClipDb('govclip', idb);
	const texts = await db.searchTexts.toArray();
	assert.deepEqual(texts.map(row => row.summary.title), ['Seaweed farming licences', 'Island ferries']);
	assert.equal(texts[0]!.fields.body, 'Coastal seaweed farms get licences from the marine office.');
	assert.equal((await checkIndex(db)).ok, true);
	await mergePending(db);
	await db.bodies.clear(); // a search never reads bodies: it finds, shows and checks phrases without them
	const page = await searchLibrary(db, '"marine office"');
	assert.deepEqual(page.hits.map(hit => hit.title), ['Seaweed farming licences']);
	assert.equal(page.hits[0]!.snippet.text, 'Coastal seaweed farms get licences from the marine office.');
	assert.deepEqual((await searchLibrary(db, 'tag:coast')).hits.map(hit => hit.title), ['Island ferries', 'Seaweed farming licences']);
	assert.deepEqual((await searchLibrary(db, '')).hits.map(hit => hit.title), ['Island ferries', 'Seaweed farming licences']);
	db.close();
});

/** Writes `clips` as v3 and v4 stored them: metadata row, body and search text in tables of their own. */
async function addClipRows(old: Dexie, clips: typeof RELEVANCE_CLIPS): Promise<void> {
	for (const clip of clips) {
		const {contentHtml, text, ...row} = clip;
		await old.table('clips').add(row);
		await old.table('bodies').add({id: clip.id, contentHtml, text});
		await old.table('searchTexts').add(searchTextRow(clip));
	}
}

/** Posting lists as v2 to v5 store them: one row per bucket, each term's list encoded. */
function postingRows(postings: ReturnType<typeof buildIndex>['postings']): {bucket: number; lists: Map<string, Uint8Array>}[] {
	const buckets = new Map<number, Map<string, Uint8Array>>();
	for (const [term, list] of postings) {
		const bucket = buckets.get(bucketOf(term)) ?? new Map<string, Uint8Array>();
		buckets.set(bucketOf(term), bucket.set(term, encodePostings(list)));
	}
	return [...buckets].map(([bucket, lists]) => ({bucket, lists}));
}

test('v3 → v4: the dictionary moves out of the head into its own record (sliced by v5), and searches and checks still work', async () => {
	const idb = {indexedDB: new IDBFactory(), IDBKeyRange};
	// Frozen copy of the v3 schema, with a merged index whose head holds the dictionary as v2 and v3 wrote it.
	const v3 = new Dexie('govclip', idb);
	v3.version(1).stores({clips: '++id, &canonicalUrl, contentHash, publishedAt, clippedAt, publisher, *tags', bodies: 'id', versions: '++id, clipId'});
	v3.version(2).stores({postings: 'bucket', searchHead: 'key', pending: 'id, seq'});
	v3.version(3).stores({searchTexts: 'id'});
	const clips = RELEVANCE_CLIPS.slice(0, 6);
	await addClipRows(v3, clips);
	const {head, postings} = buildIndex(clips.map(clipToIndexDoc));
	await v3.table('postings').bulkAdd(postingRows(postings));
	const {starts, ...dictionary} = head.dictionary.encode(); // v3 stored no term offsets
	await v3.table('searchHead').bulkPut([{key: 'head', rev: 1, dictionary, docs: head.docs}, {key: 'state', headRev: 1, pendingRev: 0, pendingCount: 0}]);
	v3.close();

	const db = new ClipDb('govclip', idb);
	const stored = (await db.searchHead.get('head')) as SearchHeadRow & {dictionary?: unknown};
	assert.equal(stored.dictionary, undefined);
	assert.deepEqual([...stored.docs.ids], clips.map(clip => clip.id));
	// v5 then cut the moved record into slices: together they hold the same terms.
	assert.equal((await readDictionary(db.searchTerms)).encode().terms, dictionary.terms);
	assert.equal((await checkIndex(db)).ok, true);
	const word = clips[0]!.title.split(' ')[0]!;
	const typed = word.slice(0, 4);
	const complete = (await searchLibrary(db, `${word} `)).hits.map(hit => hit.id);
	assert.ok(complete.includes(clips[0]!.id));
	assert.ok((await searchLibrary(db, typed)).hits.some(hit => hit.id === clips[0]!.id), `"${typed}" expands through the moved dictionary`);
	db.close();
});

test('v4 → v5: the dictionary record becomes one row per first two letters, every table is kept, and the index keeps working', async () => {
	const idb = {indexedDB: new IDBFactory(), IDBKeyRange};
	// Frozen copy of the v4 schema, with a merged library as v4 kept it: the dictionary in its own searchHead record.
	const v4 = new Dexie('govclip', idb);
	v4.version(1).stores({clips: '++id, &canonicalUrl, contentHash, publishedAt, clippedAt, publisher, *tags', bodies: 'id', versions: '++id, clipId'});
	v4.version(2).stores({postings: 'bucket', searchHead: 'key', pending: 'id, seq'});
	v4.version(3).stores({searchTexts: 'id'});
	v4.version(4).stores({});
	const clips = RELEVANCE_CLIPS;
	const merged = clips.slice(0, -1);
	const waiting = clips.at(-1)!; // saved after the last merge: still pending
	await addClipRows(v4, clips);
	await v4.table('versions').add({clipId: clips[0]!.id, supersededAt: 5, changes: ['title'], clip: clips[0]});
	const {head, postings} = buildIndex(merged.map(clipToIndexDoc));
	await v4.table('postings').bulkAdd(postingRows(postings));
	await v4.table('pending').add({...pendingEntry(waiting.id, clipToIndexDoc(waiting)), seq: 1});
	await v4.table('searchHead').bulkPut([
		{key: 'head', rev: 1, docs: head.docs},
		{key: 'dictionary', rev: 1, ...head.dictionary.encode()},
		{key: 'state', headRev: 1, pendingRev: 1, pendingCount: 1},
	]);
	const counts = async (db: Dexie) => Object.fromEntries(await Promise.all(['clips', 'bodies', 'versions', 'postings', 'pending', 'searchTexts'].map(async name => [name, await db.table(name).count()])));
	const before = await counts(v4);
	v4.close();

	const db = new ClipDb('govclip', idb);
	assert.deepEqual(await counts(db), before, 'every table keeps its rows');
	assert.equal(await db.searchHead.get('dictionary'), undefined, 'the whole-dictionary record is gone');
	const slices = await db.searchTerms.toArray();
	assert.ok(slices.length > 10);
	for (const slice of slices) {
		assert.ok(Dictionary.decode(slice).terms.every(term => term.slice(0, 2) === slice.prefix), `slice "${slice.prefix}" holds only its own terms`);
	}
	const joined = await readDictionary(db.searchTerms);
	assert.deepEqual(joined.terms, head.dictionary.terms);
	assert.deepEqual([...joined.dfs], [...head.dictionary.dfs]);
	assert.equal((await checkIndex(db)).ok, true);

	// Typing reads a slice; complete words, filters and phrases read none; the pending clip is found; a merge writes slices.
	const word = merged[0]!.title.split(' ')[0]!;
	assert.ok((await searchLibrary(db, word.slice(0, 4))).hits.some(hit => hit.id === merged[0]!.id), `"${word.slice(0, 4)}" expands through its slice`);
	assert.ok((await searchLibrary(db, `${word} `)).hits.some(hit => hit.id === merged[0]!.id));
	const waitingWord = waiting.title.split(' ')[0]!;
	assert.ok((await searchLibrary(db, `${waitingWord} `)).hits.some(hit => hit.id === waiting.id));
	await mergePending(db);
	assert.equal(await db.pending.count(), 0);
	assert.deepEqual((await readDictionary(db.searchTerms)).terms, buildIndex(clips.map(clipToIndexDoc)).head.dictionary.terms, 'the merge updated the slices');
	assert.ok((await searchLibrary(db, waitingWord.slice(0, 4))).hits.some(hit => hit.id === waiting.id));
	assert.equal((await checkIndex(db)).ok, true);
	db.close();
});

type DeclaredVersion = {_cfg: {version: number; storesSource: Record<string, string | null> | null}};

/** The stores each declared version ends up with: Dexie carries forward what a version does not redeclare. */
function declaredStores(db: Dexie): Map<number, Record<string, string | null>> {
	const versions = ((db as unknown as {_versions: DeclaredVersion[]})._versions).map(version => version._cfg).sort((a, b) => a.version - b.version);
	const result = new Map<number, Record<string, string | null>>();
	let stores: Record<string, string | null> = {};
	for (const {version, storesSource} of versions) {
		stores = {...stores, ...storesSource};
		result.set(version, stores);
	}
	return result;
}

const primaryKey = (spec: string) => spec.split(',')[0]!.trim();

test('the schema history only grows: tables stay unless dropped explicitly, and primary keys never change', () => {
	const db = new ClipDb('history', {indexedDB: new IDBFactory(), IDBKeyRange});
	const history = declaredStores(db);
	assert.deepEqual([...history.keys()], [...SCHEMA_VERSIONS], 'SCHEMA_VERSIONS lists every declared version');
	const versions = [...history.keys()];
	for (let i = 1; i < versions.length; i++) {
		const before = history.get(versions[i - 1]!)!;
		const after = history.get(versions[i]!)!;
		for (const [table, spec] of Object.entries(before)) {
			if (spec === null) continue;
			assert.ok(table in after, `v${versions[i]} drops ${table} without declaring it null`);
			const next = after[table];
			if (next !== null && next !== undefined) {
				assert.equal(primaryKey(next), primaryKey(spec), `v${versions[i]} changes the primary key of ${table}`);
			}
		}
	}
	db.close();
});
