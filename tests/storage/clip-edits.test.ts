import {test} from 'node:test';
import assert from 'node:assert/strict';
import {getClip, saveExtraction} from '../../src/storage/clips.ts';
import {normalizeTags, removeClips, restoreClips, updateClipFields} from '../../src/storage/clip-edits.ts';
import {AppError} from '../../src/shared/errors.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';
import {freshDb} from '../helpers/fake-db.ts';

test('tags are trimmed and de-duplicated without regard to case', () => {
	assert.deepEqual(normalizeTags([' Brexit ', 'brexit', 'flood  risk', '', 'Flood risk']), ['Brexit', 'flood risk']);
});

test('tags and the note are saved on the clip', async () => {
	const {db} = freshDb();
	const {clip} = await saveExtraction(db, makeExtraction(), {now: 1});
	await updateClipFields(db, clip.id, {tags: ['coast', 'funding'], note: 'Ask about April'});
	const saved = await getClip(db, clip.id);
	assert.deepEqual(saved?.tags, ['coast', 'funding']);
	assert.equal(saved?.note, 'Ask about April');
	await assert.rejects(updateClipFields(db, 999, {note: 'x'}), (error: unknown) => error instanceof AppError && error.code === 'NOT_FOUND');
});

test('a removed clip comes back whole on undo, versions included', async () => {
	const {db} = freshDb();
	const {clip} = await saveExtraction(db, makeExtraction(), {now: 1});
	await saveExtraction(db, makeExtraction({text: 'A changed text.'}), {now: 2});
	await updateClipFields(db, clip.id, {tags: ['coast']});
	const before = await getClip(db, clip.id);
	const removed = await removeClips(db, [clip.id, 12345]);
	assert.equal(removed.length, 1);
	assert.equal(await db.clips.count(), 0);
	assert.equal(await restoreClips(db, removed), 1);
	assert.deepEqual(await getClip(db, clip.id), before);
	assert.equal(await db.versions.count(), 1);
});

test('undo does not overwrite a newer clip of the same page', async () => {
	const {db} = freshDb();
	const {clip} = await saveExtraction(db, makeExtraction(), {now: 1});
	const removed = await removeClips(db, [clip.id]);
	await saveExtraction(db, makeExtraction({text: 'Clipped again after the delete.'}), {now: 5});
	assert.equal(await restoreClips(db, removed), 0);
	assert.equal(await db.clips.count(), 1);
});
