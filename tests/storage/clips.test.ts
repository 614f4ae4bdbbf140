import {test} from 'node:test';
import assert from 'node:assert/strict';
import {deleteClip, getClip, recentClips, saveExtraction} from '../../src/storage/clips.ts';
import {AppError} from '../../src/shared/errors.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';
import {freshDb} from '../helpers/fake-db.ts';

test('a saved clip keeps its body apart and reads back whole', async () => {
	const {db} = freshDb();
	const outcome = await saveExtraction(db, makeExtraction(), {now: 1000});
	assert.equal(outcome.status, 'saved');
	assert.equal(outcome.clip.version, 1);
	const row = await db.clips.get(outcome.clip.id);
	assert.ok(row && !('text' in row) && !('contentHtml' in row), 'list rows carry no body');
	const clip = await getClip(db, outcome.clip.id);
	assert.equal(clip?.text, makeExtraction().text);
	assert.equal(clip?.clippedAt, 1000);
	assert.deepEqual(clip?.tags, []);
});

test('re-clipping an unchanged page says so and saves no duplicate', async () => {
	const {db} = freshDb();
	await saveExtraction(db, makeExtraction(), {now: 1000});
	const again = await saveExtraction(db, makeExtraction(), {now: 2000});
	assert.equal(again.status, 'unchanged');
	assert.equal(again.clip.clippedAt, 1000, 'reports when it was first clipped');
	assert.equal(await db.clips.count(), 1);
});

test('the same text at another address is recognised as already clipped', async () => {
	const {db} = freshDb();
	await saveExtraction(db, makeExtraction(), {now: 1000});
	const mirror = await saveExtraction(db, makeExtraction({url: 'https://mirror.example/x', canonicalUrl: 'https://mirror.example/x'}), {now: 2000});
	assert.equal(mirror.status, 'unchanged');
	assert.equal(await db.clips.count(), 1);
});

test('a changed page becomes a new version, keeps the old one, and says what changed', async () => {
	const {db} = freshDb();
	const first = await saveExtraction(db, makeExtraction(), {now: 1000});
	await db.clips.update(first.clip.id, {tags: ['coast'], note: 'check figures'});
	const changed = makeExtraction({
		title: 'More funding for coastal towns',
		updatedAt: '2026-02-10',
		text: 'Coastal towns will receive new funding.\n\nThe fund opens in May.\n\nBids close in July.',
	});
	const second = await saveExtraction(db, changed, {now: 3000});
	assert.equal(second.status, 'updated');
	assert.equal(second.clip.version, 2);
	assert.deepEqual(second.clip.tags, ['coast'], 'tags carry over');
	assert.equal(second.clip.note, 'check figures');
	assert.deepEqual(second.changes, [
		'Title changed from "New funding for coastal towns" to "More funding for coastal towns".',
		'Updated date changed from none to 2026-02-10.',
		'2 paragraphs added, 1 paragraph removed.',
	]);
	const versions = await db.versions.where('clipId').equals(first.clip.id).toArray();
	assert.equal(versions.length, 1);
	assert.equal(versions[0]?.clip.title, 'New funding for coastal towns');
	assert.equal(versions[0]?.clip.text, makeExtraction().text);
	assert.equal(await db.clips.count(), 1);
});

test('a page that is not an article is refused and nothing is written', async () => {
	const {db} = freshDb();
	await assert.rejects(
		saveExtraction(db, makeExtraction({isArticle: false, text: ''}), {now: 1}),
		(error: unknown) => error instanceof AppError && error.code === 'NO_ARTICLE',
	);
	assert.equal(await db.clips.count(), 0);
	assert.equal(await db.bodies.count(), 0);
});

test('recent clips come newest first, without bodies, with counts', async () => {
	const {db} = freshDb();
	await saveExtraction(db, makeExtraction({canonicalUrl: 'https://a.test/1', title: 'One', text: 'First text.'}), {now: 1});
	await saveExtraction(db, makeExtraction({canonicalUrl: 'https://a.test/2', title: 'Two', text: 'Second text.'}), {now: 2});
	const recent = await recentClips(db);
	assert.deepEqual(recent.map(clip => clip.title), ['Two', 'One']);
	assert.equal(recent[0]?.contactCount, 1);
	assert.equal(recent[0]?.linkCount, 1);
	assert.ok(!('text' in recent[0]!));
});

test('deleting a clip removes its body and versions too', async () => {
	const {db} = freshDb();
	const {clip} = await saveExtraction(db, makeExtraction(), {now: 1});
	await saveExtraction(db, makeExtraction({text: 'Changed text.'}), {now: 2});
	assert.equal(await deleteClip(db, clip.id), true);
	assert.equal(await db.clips.count(), 0);
	assert.equal(await db.bodies.count(), 0);
	assert.equal(await db.versions.count(), 0);
	assert.equal(await deleteClip(db, clip.id), false);
});

test('the clip and its search index entry are written together: when one fails, neither is saved', async () => {
	const {db} = freshDb();
	const fail = () => {
		throw new Error('index write failed');
	};
	db.pending.hook('creating', fail);
	await assert.rejects(saveExtraction(db, makeExtraction(), {now: 1}), /index write failed/);
	db.pending.hook('creating').unsubscribe(fail);
	assert.equal(await db.clips.count(), 0);
	assert.equal(await db.bodies.count(), 0);
	const saved = await saveExtraction(db, makeExtraction(), {now: 2});
	assert.deepEqual((await db.pending.get(saved.clip.id))?.doc?.id, saved.clip.id, 'a save leaves a pending entry for its clip');
});
