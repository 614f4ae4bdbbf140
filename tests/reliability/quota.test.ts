// R6: a full disk at any write of a save leaves no partial rows and reaches the caller as STORAGE_FULL.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import Dexie from 'dexie';
import {exportLibrary, importLibrary} from '../../src/storage/backup.ts';
import {removeClips, restoreClips, updateClipFields} from '../../src/storage/clip-edits.ts';
import {saveExtraction} from '../../src/storage/clips.ts';
import {ClipDb, type ClipRow} from '../../src/storage/db.ts';
import {isQuotaError, toStorageError} from '../../src/storage/storage-errors.ts';
import {AppError, ERROR_MESSAGES} from '../../src/shared/errors.ts';
import {injectWriteFault, settlesWithin, type WriteFault} from '../helpers/fail-writes.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';
import {digestTables, privateIdb} from '../helpers/v1-library.ts';

const TABLES = ['clips', 'bodies', 'versions', 'pending', 'searchHead', 'postings'];
const WATCHDOG_MS = 2000;

/** The shapes a quota failure takes by the time it reaches our code. */
const QUOTA_SHAPES: Record<string, () => unknown> = {
	'DOMException QuotaExceededError': () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
	'Dexie.QuotaExceededError': () => new Dexie.QuotaExceededError('QuotaExceededError'),
	'Dexie.AbortError with a quota inner': () => new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError')),
};

const unhandled: unknown[] = [];
process.on('unhandledRejection', reason => unhandled.push(reason));

async function faultyDb(): Promise<{db: ClipDb; fault: WriteFault}> {
	const db = new ClipDb('govclip', privateIdb());
	const fault = injectWriteFault(db);
	await db.open();
	return {db, fault};
}

function isStorageFull(error: unknown): boolean {
	return error instanceof AppError && error.code === 'STORAGE_FULL' && error.message === ERROR_MESSAGES.STORAGE_FULL;
}

/** Arms the fault at write k, runs `write`, and checks it failed as STORAGE_FULL, settled in time and changed nothing. */
async function assertFailsWhole(db: ClipDb, fault: WriteFault, k: number, makeError: () => unknown, write: () => Promise<unknown>, what: string): Promise<void> {
	const before = await digestTables(db, TABLES);
	fault.arm(k, makeError);
	try {
		await assert.rejects(settlesWithin(write(), WATCHDOG_MS, what), isStorageFull, `${what}: STORAGE_FULL`);
		assert.equal(fault.count >= k, true, `${what}: write ${k} was reached`);
	} finally {
		fault.disarm();
	}
	assert.deepEqual(await digestTables(db, TABLES), before, `${what}: no partial rows`);
}

test('the quota shapes are recognised, other errors pass through untouched', async () => {
	for (const [shape, make] of Object.entries(QUOTA_SHAPES)) {
		assert.ok(isStorageFull(await toStorageError(make())), shape);
	}
	const other = new Dexie.ConstraintError('Key already exists');
	assert.equal(await toStorageError(other), other);
	const notFound = new AppError('NOT_FOUND');
	assert.equal(await toStorageError(notFound), notFound);
	assert.equal(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('disk I/O'))), false);
});

test('a write that fails some other way at a nearly full disk is storage full; with room left it is not', async () => {
	const MiB = 1024 * 1024;
	// What Firefox at its limit sometimes says instead of QuotaExceededError.
	const mutation = () => new Dexie.InvalidStateError('A mutation operation was attempted on a database that did not allow mutations.');
	const estimate = (usage: number, quota: number) => async () => ({usage, quota});
	assert.ok(isStorageFull(await toStorageError(mutation(), estimate(5.5 * MiB, 6 * MiB))), '0.5 MiB left of 6 MiB');
	assert.ok(isStorageFull(await toStorageError(new Dexie.AbortError('Transaction aborted', mutation()), estimate(99_000 * MiB, 100_000 * MiB))), '1 % left of a large disk, wrapped');
	const roomy = mutation();
	assert.equal(await toStorageError(roomy, estimate(100 * MiB, 10_000 * MiB)), roomy, 'plenty of room: passed through');
	const unknown = mutation();
	assert.equal(await toStorageError(unknown, async () => { throw new Error('no estimate'); }), unknown, 'no estimate: passed through');
	const constraint = new Dexie.ConstraintError('Key already exists');
	assert.equal(await toStorageError(constraint, estimate(5.9 * MiB, 6 * MiB)), constraint, 'not a write failure: passed through even when full');
});

for (const [shape, makeError] of Object.entries(QUOTA_SHAPES)) {
	test(`saveExtraction failing at write k = 1…5 (${shape}): STORAGE_FULL, every save settles, 0 partial rows`, async () => {
		const {db, fault} = await faultyDb();
		const first = await saveExtraction(db, makeExtraction(), {now: 1000});

		// How many writes each kind of save makes, so the loop below is known to hit every one of them.
		fault.arm(Number.MAX_SAFE_INTEGER, () => new Error('never'));
		const probe = await saveExtraction(db, makeExtraction({canonicalUrl: 'https://a.test/probe', text: 'A probe clip.'}), {now: 1500});
		const newClipWrites = fault.count;
		fault.disarm();
		await removeClips(db, [probe.clip.id]);
		assert.ok(newClipWrites >= 4, `a new clip takes ${newClipWrites} writes`);

		const changed = makeExtraction({text: 'Coastal towns will receive more funding than planned.'});
		for (let k = 1; k <= 5; k++) {
			await assertFailsWhole(db, fault, k, makeError, () => saveExtraction(db, changed, {now: 2000}), `update, write ${k}`);
		}
		for (let k = 1; k <= Math.min(5, newClipWrites); k++) {
			const fresh = makeExtraction({canonicalUrl: `https://a.test/new-${k}`, text: `A brand new release ${k}.`});
			await assertFailsWhole(db, fault, k, makeError, () => saveExtraction(db, fresh, {now: 3000}), `new clip, write ${k}`);
		}
		// Once space is back, the same save works.
		assert.equal((await saveExtraction(db, changed, {now: 4000})).status, 'updated');
		assert.equal((await db.clips.get(first.clip.id))?.version, 2);
		db.close();
	});
}

test('edits, deletion, undo and import fail whole with STORAGE_FULL at each of their first writes', async () => {
	const {db, fault} = await faultyDb();
	const saved: ClipRow[] = [];
	for (let n = 0; n < 3; n++) {
		saved.push((await saveExtraction(db, makeExtraction({canonicalUrl: `https://a.test/${n}`, text: `Release number ${n}.`}), {now: 1000 + n})).clip);
	}
	const backup = await exportLibrary(db, {now: 0});
	const removedElsewhere = await removeClips(db, [saved[2]!.id]);
	const incoming = {...backup, clips: backup.clips.map(clip => ({...clip, canonicalUrl: `${clip.canonicalUrl}/copy`}))};
	const quota = QUOTA_SHAPES['Dexie.AbortError with a quota inner']!;
	const operations: [string, () => Promise<unknown>][] = [
		['updateClipFields', () => updateClipFields(db, saved[0]!.id, {tags: ['budget'], note: 'check'})],
		['removeClips', () => removeClips(db, [saved[0]!.id, saved[1]!.id])],
		['restoreClips', () => restoreClips(db, removedElsewhere)],
		['importLibrary', () => importLibrary(db, incoming, {now: 5000})],
	];
	for (const [name, operation] of operations) {
		for (let k = 1; k <= 3; k++) {
			await assertFailsWhole(db, fault, k, quota, operation, `${name}, write ${k}`);
		}
	}
	db.close();
});

test('no save left a rejection unhandled', async () => {
	await new Promise(resolve => setImmediate(resolve));
	assert.deepEqual(unhandled, []);
});
