import {test} from 'node:test';
import assert from 'node:assert/strict';
import Dexie from 'dexie';
import {IDBFactory, IDBKeyRange} from 'fake-indexeddb';
import {ClipDb} from '../../src/storage/db.ts';
import {SCHEMA_VERSIONS} from '../../src/storage/schema.ts';
import {checkIndex} from '../../src/storage/check-index.ts';
import {mergePending} from '../../src/storage/merge-index.ts';
import {searchLibrary} from '../../src/storage/search-index.ts';
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
