import {test} from 'node:test';
import assert from 'node:assert/strict';
import {IDBFactory, IDBKeyRange} from 'fake-indexeddb';
import {ClipDb, DB_NAME} from '../../src/storage/db.ts';
import {recentClips, saveExtraction} from '../../src/storage/clips.ts';
import {readRecentClips, RECENT_CLIPS_DATABASE} from '../../src/storage/read-recent-clips.ts';
import {freshDb} from '../helpers/fake-db.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';

test('reads the database the Dexie schema declares', () => {
	assert.equal(RECENT_CLIPS_DATABASE, DB_NAME);
});

test('lists what recentClips lists, in the same order, newest first', async () => {
	const {db, idb} = freshDb();
	// Two clips share a clippedAt: the order between them must match too.
	for (const [n, now] of [[1, 10], [2, 30], [3, 20], [4, 30], [5, 5]] as const) {
		await saveExtraction(db, makeExtraction({canonicalUrl: `https://a.test/${n}`, title: `Clip ${n}`, text: `Text ${n}.`}), {now});
	}
	const expected = await recentClips(db, 3);
	const read = await readRecentClips(idb.indexedDB, 3);
	assert.deepEqual(read, expected);
	assert.deepEqual(read.map(clip => clip.title), ['Clip 4', 'Clip 2', 'Clip 3']);
	assert.ok(!('text' in read[0]!) && !('contacts' in read[0]!), 'summaries, not rows');
	assert.deepEqual(await readRecentClips(idb.indexedDB, 20), await recentClips(db, 20));
	db.close();
});

test('reads beside an open Dexie connection, and does not hold up its next upgrade', async () => {
	const {db, idb} = freshDb();
	await saveExtraction(db, makeExtraction(), {now: 1});
	assert.equal((await readRecentClips(idb.indexedDB, 20)).length, 1);
	db.close();
	// A version change (what a schema upgrade does) is blocked by any connection left open.
	const upgraded = await new Promise<string>(resolve => {
		const request = idb.indexedDB.open(DB_NAME, 1000);
		request.onblocked = () => resolve('blocked');
		request.onsuccess = () => {
			request.result.close();
			resolve('upgraded');
		};
	});
	assert.equal(upgraded, 'upgraded');
});

test('no database yet: no clips, and nothing created that Dexie would then have to upgrade', async () => {
	const indexedDB = new IDBFactory();
	assert.deepEqual(await readRecentClips(indexedDB, 20), []);
	assert.deepEqual((await indexedDB.databases()).filter(database => database.version), []);
	const db = new ClipDb(DB_NAME, {indexedDB, IDBKeyRange});
	await saveExtraction(db, makeExtraction(), {now: 1});
	assert.equal((await readRecentClips(indexedDB, 20)).length, 1);
	db.close();
});
