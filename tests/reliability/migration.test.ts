// R3 and R4: a full-size library survives the v1 → v2 upgrade byte for byte, and a failing upgrade writes nothing.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import Dexie from 'dexie';
import {exportLibrary} from '../../src/storage/backup.ts';
import {ClipDb} from '../../src/storage/db.ts';
import {SCHEMA_VERSIONS} from '../../src/storage/schema.ts';
import {searchLibrary} from '../../src/storage/search-index.ts';
import {digestTables, installedVersion, privateIdb, seedV1Library, uniqueWord, type Idb} from '../helpers/v1-library.ts';

// 10,000 clips of 2 KB by default; RELIABILITY_CLIPS lowers it on a machine that cannot afford that.
const CLIPS = Number(process.env.RELIABILITY_CLIPS) || 10_000;
const FAIL_AT = Math.min(5000, Math.ceil(CLIPS / 2));
const V1_TABLES = ['clips', 'bodies', 'versions'];
const V2_TABLES = [...V1_TABLES, 'pending', 'searchHead', 'postings', 'searchTexts'];
/** The version the current code opens: v1 libraries go through every later upgrade to it. */
const CURRENT = SCHEMA_VERSIONS.at(-1)!;

/** R3's upgraded library, reused by R4 so the suite seeds and upgrades 10,000 clips once (R4 builds its own when run alone). */
let upgraded: Idb | undefined;

async function upgradedLibrary(): Promise<Idb> {
	if (upgraded) return upgraded;
	const idb = privateIdb();
	await seedV1Library(idb, {count: CLIPS});
	const db = new ClipDb('govclip', idb);
	await db.open();
	db.close();
	return idb;
}

test(`v1 → v2 keeps all ${CLIPS} clips, bodies and versions identical and makes the last clip findable`, async () => {
	const idb = privateIdb();
	let started = performance.now();
	await seedV1Library(idb, {count: CLIPS});
	const seedMs = performance.now() - started;
	const v1 = new Dexie('govclip', idb);
	v1.version(1).stores({clips: '++id', bodies: 'id', versions: '++id'});
	const before = await digestTables(v1, V1_TABLES);
	v1.close();
	assert.equal(before.clips!.rows, CLIPS);

	started = performance.now();
	const db = new ClipDb('govclip', idb);
	await db.open();
	const upgradeMs = performance.now() - started;
	assert.equal(db.verno, CURRENT);
	assert.deepEqual(await digestTables(db, V1_TABLES), before);
	assert.equal(await db.pending.count(), CLIPS, 'every clip is queued for the index');

	const last = CLIPS - 1;
	started = performance.now();
	const found = await searchLibrary(db, uniqueWord(last));
	const searchMs = performance.now() - started;
	assert.deepEqual(found.hits.map(hit => hit.id), [last]);
	db.close();
	upgraded = idb;
	console.log(`R3: ${CLIPS} clips seeded in ${Math.round(seedMs)} ms, upgraded in ${Math.round(upgradeMs)} ms, first search ${Math.round(searchMs)} ms`);
});

/** The current schema plus a next version whose upgrade fails part-way through, as a broken release would. */
class BrokenUpgradeDb extends ClipDb {
	constructor(name: string, idb: Idb) {
		super(name, idb);
		this.version(CURRENT + 1).stores({}).upgrade(async tx => {
			let seen = 0;
			await tx.table('clips').toCollection().modify((row: {schemaVersion?: number}) => {
				if (++seen === FAIL_AT) {
					throw new Error(`upgrade failed at row ${seen}`);
				}
				row.schemaVersion = 3;
			});
		});
	}
}

test(`an upgrade that throws at row ${FAIL_AT} leaves the previous version with every row unchanged and exportable`, async () => {
	const idb = await upgradedLibrary();
	const current = new ClipDb('govclip', idb);
	await current.open();
	const tables = V2_TABLES;
	const before = await digestTables(current, tables);
	current.close();

	const started = performance.now();
	const broken = new BrokenUpgradeDb('govclip', idb);
	await assert.rejects(broken.open(), (error: Error) => /upgrade failed at row/.test(`${error.message} ${String((error as {inner?: unknown}).inner)}`));
	const failMs = performance.now() - started;
	broken.close();
	assert.equal(await installedVersion(idb), CURRENT, 'IndexedDB still holds the current version');

	const reopened = new ClipDb('govclip', idb);
	await reopened.open();
	assert.deepEqual(await digestTables(reopened, tables), before);
	assert.ok((await reopened.clips.toArray()).every(row => !('schemaVersion' in row)), 'no row kept a half-done change');
	const backup = await exportLibrary(reopened, {now: 0});
	assert.equal(backup.clips.length, CLIPS);
	assert.equal(backup.clips.filter(clip => clip.versions.length > 0).length, Math.floor(CLIPS / 10));
	reopened.close();
	console.log(`R4: ${CLIPS} clips, failed upgrade rolled back in ${Math.round(failMs)} ms`);
});
