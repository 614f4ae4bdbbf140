import {test} from 'node:test';
import assert from 'node:assert/strict';
import {deleteClip, saveExtraction} from '../../src/storage/clips.ts';
import {checkIndex, libraryStats} from '../../src/storage/check-index.ts';
import {DatabaseReplacedError, mergePending, rebuildIndex} from '../../src/storage/merge-index.ts';
import {forgetIndexCache, readHead} from '../../src/storage/index-reader.ts';
import {searchLibrary} from '../../src/storage/search-index.ts';
import type {ClipDb, SearchHeadRow} from '../../src/storage/db.ts';
import {RELEVANCE_CLIPS} from '../fixtures/search/relevance.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';
import {freshDb} from '../helpers/fake-db.ts';

async function saveFixtures(db: ClipDb, clips = RELEVANCE_CLIPS): Promise<void> {
	for (const {id, clippedAt, tags, note, contentHash, version, ...extraction} of clips) {
		await saveExtraction(db, extraction, {now: clippedAt + id});
	}
}

/** Everything the index stores, in comparable form. */
async function snapshot(db: ClipDb) {
	const {head: stored, row} = await readHead(db);
	const head = row && {dictionary: {terms: stored.dictionary.terms.join('\n'), dfs: stored.dictionary.dfs}, docs: stored.docs};
	const postings = (await db.postings.toArray()).flatMap(row => [...row.lists]).sort((a, b) => (a[0] < b[0] ? -1 : 1));
	return {
		terms: head?.dictionary.terms,
		dfs: [...head?.dictionary.dfs ?? []],
		docs: [...head?.docs.ids ?? []],
		clipped: [...head?.docs.clipped ?? []],
		postings: postings.map(([term, bytes]) => [term, [...bytes]]),
		pending: await db.pending.count(),
	};
}

const ids = async (db: ClipDb, query: string) => (await searchLibrary(db, query)).hits.map(hit => hit.id).sort((a, b) => a - b);

test('merging in bounded steps gives the same index as one merge, and merging again changes nothing', async () => {
	const {db: stepwise} = freshDb();
	await saveFixtures(stepwise);
	let result;
	do {
		result = await mergePending(stepwise, {maxEntries: 4, shardBuckets: 7});
	} while (result.remaining > 0);
	const {db: whole} = freshDb();
	await saveFixtures(whole);
	assert.deepEqual(await mergePending(whole, {maxEntries: 1000}), {merged: RELEVANCE_CLIPS.length, remaining: 0});
	assert.deepEqual(await snapshot(stepwise), await snapshot(whole));
	assert.deepEqual(await mergePending(whole), {merged: 0, remaining: 0});
	const before = await snapshot(whole);
	assert.equal(before.pending, 0);
	assert.ok(before.terms!.split('\n').length > 100);
});

test('a merge interrupted half-way simply runs again', async () => {
	const {db} = freshDb();
	await saveFixtures(db);
	let created = 0;
	const failLate = () => {
		if (++created > 40) throw new Error('the browser closed');
	};
	db.postings.hook('creating', failLate);
	await assert.rejects(mergePending(db, {shardBuckets: 10}), /the browser closed/);
	db.postings.hook('creating').unsubscribe(failLate);
	assert.ok(await db.postings.count() >= 40, 'the first shards were written');
	assert.equal(await db.pending.count(), RELEVANCE_CLIPS.length, 'nothing was taken off pending');
	assert.deepEqual(await ids(db, 'heat pumps'), [2], 'searches stay right meanwhile');
	await mergePending(db);
	const {db: clean} = freshDb();
	await saveFixtures(clean);
	await mergePending(clean);
	assert.deepEqual(await snapshot(db), await snapshot(clean));
});

test('a clip saved again while a merge runs keeps its newest words', async () => {
	const {db} = freshDb();
	await saveFixtures(db, RELEVANCE_CLIPS.slice(0, 5));
	const first = RELEVANCE_CLIPS[0]!;
	const {id, clippedAt, tags, note, contentHash, version, ...extraction} = first;
	const merging = mergePending(db, {shardBuckets: 5});
	const saving = saveExtraction(db, {...extraction, text: 'Schools will get new playgrounds.'}, {now: 9e12});
	await Promise.all([merging, saving]);
	await mergePending(db);
	assert.deepEqual(await ids(db, 'playgrounds'), [1]);
	assert.deepEqual(await ids(db, 'classrooms'), []);
	assert.equal((await checkIndex(db)).ok, true);
	assert.equal(await db.pending.count(), 0);
});

test('a lost head is reported, and a rebuild from the clips repairs it', async () => {
	const {db} = freshDb();
	await saveFixtures(db);
	await mergePending(db);
	const good = await snapshot(db);
	assert.deepEqual(await checkIndex(db), {ok: true, clips: 15, indexed: 15, pending: 0, headMissing: false, postingsMissing: false, termsMissing: false, pendingMiscounted: false, missing: [], orphans: [], textsOutOfStep: []});

	await db.searchHead.delete('head');
	forgetIndexCache(db);
	const broken = await checkIndex(db);
	assert.equal(broken.ok, false);
	assert.equal(broken.headMissing, true);
	assert.equal(broken.missing.length, 15);

	const progress: number[] = [];
	await rebuildIndex(db, {batchSize: 4, shardBuckets: 9, onProgress: ({done}) => progress.push(done)});
	assert.deepEqual(progress, [4, 8, 12, 15]);
	assert.equal((await checkIndex(db)).ok, true);
	assert.deepEqual(await snapshot(db), good, 'a rebuild reproduces the merged index');
	assert.deepEqual(await ids(db, 'wildfire'), [9]);
});

test('lost postings and ghosts of deleted clips are reported', async () => {
	const {db} = freshDb();
	await saveFixtures(db, RELEVANCE_CLIPS.slice(0, 3));
	await mergePending(db);
	await db.postings.clear();
	assert.equal((await checkIndex(db)).postingsMissing, true);
	await rebuildIndex(db);
	await db.clips.delete(2); // behind the index's back
	assert.deepEqual((await checkIndex(db)).orphans, [2]);
	await rebuildIndex(db);
	assert.equal((await checkIndex(db)).ok, true);
	assert.deepEqual(await libraryStats(db), {clips: 2, versions: 0, terms: (await snapshot(db)).terms!.split('\n').length, indexed: 2, pending: 0});
});

test('lost dictionary slices are reported, and a rebuild writes them again', async () => {
	const {db} = freshDb();
	await saveFixtures(db, RELEVANCE_CLIPS.slice(0, 4));
	await mergePending(db);
	const good = await snapshot(db);
	await db.searchTerms.clear();
	const broken = await checkIndex(db);
	assert.equal(broken.ok, false);
	assert.equal(broken.termsMissing, true);
	await rebuildIndex(db);
	assert.equal((await checkIndex(db)).ok, true);
	assert.deepEqual(await snapshot(db), good);
});

test('a delete after a merge and a save after a delete are both searched right', async () => {
	const {db} = freshDb();
	const {clip} = await saveExtraction(db, makeExtraction({text: 'Seaweed farms get licences.'}), {now: 1});
	await mergePending(db);
	await deleteClip(db, clip.id);
	assert.deepEqual(await ids(db, 'seaweed'), []);
	const again = await saveExtraction(db, makeExtraction({text: 'Seaweed farms get licences.'}), {now: 2});
	assert.deepEqual(await ids(db, 'seaweed'), [again.clip.id]);
	await mergePending(db);
	assert.deepEqual(await ids(db, 'seaweed'), [again.clip.id]);
	assert.equal((await checkIndex(db)).ok, true);
});

test('lost or stray search text rows are reported, and a rebuild writes them again', async () => {
	const {db} = freshDb();
	await saveFixtures(db);
	await mergePending(db);
	const [first, second] = await db.searchTexts.toCollection().primaryKeys();
	await db.searchTexts.delete(first!);
	await db.searchTexts.put({...(await db.searchTexts.get(second!))!, id: 9999});
	const broken = await checkIndex(db);
	assert.equal(broken.ok, false);
	assert.deepEqual(broken.textsOutOfStep, [first, 9999]);
	await rebuildIndex(db);
	assert.equal((await checkIndex(db)).ok, true);
	assert.equal(await db.searchTexts.count(), 15);
});

test('a merge stops when its database is deleted under it, and writes nothing into the one opened after', async () => {
	const {db, idb} = freshDb();
	await saveFixtures(db);
	let deleted: Promise<unknown> | undefined;
	const deleteOnce = () => {
		deleted ??= new Promise(resolve => {
			const request = idb.indexedDB.deleteDatabase('govclip');
			request.onsuccess = request.onerror = resolve;
		});
	};
	db.postings.hook('creating', deleteOnce);
	await assert.rejects(mergePending(db, {maxEntries: 1000, shardBuckets: 7}), DatabaseReplacedError);
	db.postings.hook('creating').unsubscribe(deleteOnce);
	await deleted;
	assert.equal(await db.clips.count(), 0, 'the database was deleted');
	assert.deepEqual(await snapshot(db), {terms: undefined, dfs: [], docs: [], clipped: [], postings: [], pending: 0}, 'nothing of the old library in the new one');
	assert.equal((await checkIndex(db)).ok, true);
});
