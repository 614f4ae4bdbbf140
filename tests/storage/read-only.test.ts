import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readOnly} from '../../src/storage/read-only.ts';
import {freshDb} from '../helpers/fake-db.ts';

test('a read-only transaction gives its scope\'s result, and its caller goes on outside it', async () => {
	const {db} = freshDb();
	await db.searchHead.put({key: 'state', headRev: 3, pendingRev: 1, pendingCount: 0});
	const state = await readOnly(db, [db.searchHead], async () => db.searchHead.get('state'));
	assert.deepEqual(state, {key: 'state', headRev: 3, pendingRev: 1, pendingCount: 0});
	// Inside the read-only transaction's zone this write would fail: the caller must be back in its own.
	await db.searchHead.put({key: 'state', headRev: 4, pendingRev: 1, pendingCount: 0});
	await db.transaction('rw', db.clips, async () => db.clips.count());
	assert.equal(((await db.searchHead.get('state')) as {headRev: number}).headRev, 4);
});

test('a read-only transaction whose scope fails rejects with its error', async () => {
	const {db} = freshDb();
	await assert.rejects(readOnly(db, [db.searchHead], async () => {
		await db.searchHead.get('state');
		throw new RangeError('no such row');
	}), RangeError);
});
