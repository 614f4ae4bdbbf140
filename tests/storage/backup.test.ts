import {test} from 'node:test';
import assert from 'node:assert/strict';
import {exportLibrary, importLibrary, type LibraryBackup} from '../../src/storage/backup.ts';
import {saveExtraction} from '../../src/storage/clips.ts';
import {checkIndex} from '../../src/storage/check-index.ts';
import {searchLibrary} from '../../src/storage/search-index.ts';
import type {ClipDb} from '../../src/storage/db.ts';
import {AppError} from '../../src/shared/errors.ts';
import {fixtureClip} from '../fixtures/search/fixture-clip.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';
import {freshDb} from '../helpers/fake-db.ts';

const NOW = Date.UTC(2025, 0, 15);

async function smallLibrary(db: ClipDb): Promise<void> {
	const first = await saveExtraction(db, makeExtraction(), {now: 1000});
	await db.clips.update(first.clip.id, {tags: ['coast'], note: 'check figures'});
	await saveExtraction(db, makeExtraction({text: 'Coastal towns will receive more funding.\n\nBids close in July.'}), {now: 2000});
	await saveExtraction(db, makeExtraction({canonicalUrl: 'https://www.gov.uk/b', url: 'https://www.gov.uk/b', title: 'Rail timetables', text: 'New rail timetables start in May.'}), {now: 3000});
}

/** A file's contents without the moment it was written. */
const contents = ({exportedAt, ...rest}: LibraryBackup) => rest;

const refusal = (error: unknown) => error instanceof AppError && error.code === 'BAD_INPUT' && /Nothing was imported/.test(error.message);

test('export, wipe, import gives the same library back, searchable', async () => {
	const {db} = freshDb();
	await smallLibrary(db);
	const backup = await exportLibrary(db, {now: NOW});
	assert.equal(backup.format, 'govclip-library');
	assert.equal(backup.version, 1);
	assert.equal(backup.exportedAt, '2025-01-15T00:00:00.000Z');
	assert.equal(backup.clips.length, 2);
	assert.equal(backup.clips[0]!.versions.length, 1, 'the superseded version travels with its clip');
	assert.deepEqual(backup.clips[0]!.tags, ['coast']);

	const {db: restored} = freshDb();
	const file = JSON.parse(JSON.stringify(backup)); // as read back from disk
	assert.deepEqual(await importLibrary(restored, file, {now: NOW}), {added: 2, updated: 0, unchanged: 0});
	assert.deepEqual(contents(await exportLibrary(restored)), contents(backup));
	assert.deepEqual((await searchLibrary(restored, 'timetables')).hits.map(hit => hit.title), ['Rail timetables']);
	assert.deepEqual((await searchLibrary(restored, 'tag:coast')).hits.map(hit => hit.title), ['New funding for coastal towns']);
	assert.equal((await checkIndex(restored)).ok, true);
});

test('importing into the same library merges by address: nothing is duplicated', async () => {
	const {db} = freshDb();
	await smallLibrary(db);
	const backup = await exportLibrary(db, {now: NOW});
	assert.deepEqual(await importLibrary(db, backup, {now: NOW}), {added: 0, updated: 0, unchanged: 2});
	assert.equal(await db.clips.count(), 2);
	assert.equal(await db.versions.count(), 1);

	// Another library clipped the rail page later, with new text and its own tag.
	const other = structuredClone(backup);
	other.clips = [{...other.clips[1]!, text: 'Rail timetables start in June instead.', contentHash: 'other', clippedAt: 9000, tags: ['rail']}];
	assert.deepEqual(await importLibrary(db, other, {now: NOW}), {added: 0, updated: 1, unchanged: 0});
	assert.equal(await db.clips.count(), 2);
	const [hit] = (await searchLibrary(db, 'june')).hits;
	assert.equal(hit?.title, 'Rail timetables');
	assert.deepEqual(hit?.tags, ['rail']);
	assert.deepEqual((await searchLibrary(db, 'may')).hits, [], 'the older text is a version now, not the clip');
	const versions = await db.versions.where('clipId').equals(hit!.id).toArray();
	assert.equal(versions[0]?.clip.text, 'New rail timetables start in May.');
	assert.deepEqual(await importLibrary(db, other, {now: NOW}), {added: 0, updated: 0, unchanged: 1}, 'importing twice changes nothing');
});

function bigBackup(count: number): LibraryBackup {
	const clips = Array.from({length: count}, (_, i) => {
		const {id, ...clip} = fixtureClip({
			id: i + 1, title: `Notice ${i + 1} on harbour dues`, text: `Harbour dues for berth ${i + 1} change in ${2000 + (i % 25)}.`,
			publisher: i % 2 ? 'Department for Transport' : 'HM Treasury', clippedAt: Date.UTC(2024, 0, 1) + i * 60_000, tags: i % 3 ? [] : ['ports'],
		});
		return {...clip, versions: []};
	});
	return {format: 'govclip-library', version: 1, exportedAt: new Date(NOW).toISOString(), clips};
}

test('1,000 clips round trip', async () => {
	const backup = bigBackup(1000);
	const {db} = freshDb();
	assert.deepEqual(await importLibrary(db, backup, {now: NOW}), {added: 1000, updated: 0, unchanged: 0});
	assert.deepEqual(contents(await exportLibrary(db)), contents(backup));
	assert.equal((await searchLibrary(db, 'berth 777')).hits[0]?.title, 'Notice 777 on harbour dues');
	assert.equal((await searchLibrary(db, 'tag:ports dept:treasury')).total, 167);
	assert.deepEqual(await importLibrary(db, backup, {now: NOW}), {added: 0, updated: 0, unchanged: 1000});
});

test('a corrupt or foreign file is refused in words, and nothing is written', async () => {
	const {db} = freshDb();
	await smallLibrary(db);
	const before = {clips: await db.clips.count(), bodies: await db.bodies.count(), versions: await db.versions.count(), pending: await db.pending.count()};
	const good = bigBackup(50);
	const broken = (change: (clips: Record<string, unknown>[]) => void) => {
		const copy = structuredClone(good) as unknown as {clips: Record<string, unknown>[]};
		change(copy.clips);
		return copy;
	};
	const files: [unknown, RegExp][] = [
		[null, /format/],
		['{"format": "govclip-library"}', /format/],
		[{format: 'pocket-export', version: 1, clips: []}, /format/],
		[{...good, version: 2}, /version 2/],
		[{...good, clips: 'none'}, /clips/],
		[broken(clips => { delete clips[49]!.title; }), /clip 50 has a missing or malformed "title"/],
		[broken(clips => { clips[3]!.links = [{label: 'x', href: 'y', kind: 'javascript'}]; }), /clip 4 .*"links"/],
		[broken(clips => { clips[7]!.canonicalUrl = clips[2]!.canonicalUrl; }), /clip 8 repeats the address/],
		[broken(clips => { clips[9]!.versions = [{supersededAt: 1, changes: [], clip: {title: 'half a clip'}}]; }), /clip 10, version 1/],
		[broken(clips => { clips[0]!.version = 0; }), /"version"/],
	];
	for (const [file, words] of files) {
		await assert.rejects(importLibrary(db, file, {now: NOW}), error => refusal(error) && words.test((error as Error).message), String(words));
	}
	assert.deepEqual({clips: await db.clips.count(), bodies: await db.bodies.count(), versions: await db.versions.count(), pending: await db.pending.count()}, before);
});

test('fields a file adds beyond the format are not stored', async () => {
	const backup = bigBackup(1) as unknown as {clips: Record<string, unknown>[]};
	backup.clips[0]!.script = '<script>alert(1)</script>';
	const {db} = freshDb();
	await importLibrary(db, backup, {now: NOW});
	const [row] = await db.clips.toArray();
	assert.ok(row && !('script' in row));
});
