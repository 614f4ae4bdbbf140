import {test} from 'node:test';
import assert from 'node:assert/strict';
import {
	forgetInSnapshot, parseSnapshot, readSnapshot, sameRows, serializeSnapshot, SNAPSHOT_KEY, writeSnapshot,
	type SnapshotRow, type SnapshotStorage,
} from '../../src/popup/recent-snapshot.ts';
import type {ClipSummary} from '../../src/shared/types.ts';

const ROWS: SnapshotRow[] = [
	{id: 7, title: 'New funding for coastal towns', publisher: 'Department for Levelling Up', publishedAt: '2026-02-03'},
	{id: 3, title: 'Untitled notice', publisher: null, publishedAt: null},
];

/** localStorage's two calls over a Map; `writes` counts setItem. */
function memoryStorage(entries: Record<string, string> = {}) {
	const map = new Map(Object.entries(entries));
	return {
		map,
		writes: 0,
		getItem(key: string) {
			return map.get(key) ?? null;
		},
		setItem(key: string, value: string) {
			this.writes++;
			map.set(key, value);
		},
	};
}

test('a written snapshot reads back as the same rows, under a versioned key', () => {
	const storage = memoryStorage();
	writeSnapshot(storage, ROWS);
	assert.match(SNAPSHOT_KEY, /:v\d+$/);
	assert.deepEqual([...storage.map.keys()], [SNAPSHOT_KEY]);
	assert.deepEqual(readSnapshot(storage), ROWS);
	writeSnapshot(storage, []);
	assert.deepEqual(readSnapshot(storage), [], 'an empty library is remembered too');
});

test('only the fields a row paints are kept', () => {
	const summary: ClipSummary = {
		id: 1, title: 'T', publisher: 'P', publishedAt: '2026-01-01', clippedAt: 5, url: 'https://a.test/secret?token=1',
		canonicalUrl: 'https://a.test/x', documentType: 'news', tags: ['private'], version: 2, contactCount: 1, linkCount: 2,
	};
	const storage = memoryStorage();
	writeSnapshot(storage, [summary]);
	assert.deepEqual(JSON.parse(storage.map.get(SNAPSHOT_KEY)!), {version: 1, rows: [{id: 1, title: 'T', publisher: 'P', publishedAt: '2026-01-01'}]});
});

test('writing what is already stored writes nothing', () => {
	const storage = memoryStorage();
	writeSnapshot(storage, ROWS);
	writeSnapshot(storage, ROWS.map(row => ({...row})));
	assert.equal(storage.writes, 1);
});

test('corrupt or foreign text reads as no snapshot', () => {
	const good = JSON.parse(serializeSnapshot(ROWS)) as {version: number; rows: Record<string, unknown>[]};
	const variants: (string | null)[] = [
		null, '', 'not json', '{"version":1,"rows":[', 'null', '42', '[]', '"text"',
		JSON.stringify({rows: good.rows}), // no version
		JSON.stringify({...good, rows: 'x'}),
		JSON.stringify({...good, rows: [null]}),
		JSON.stringify({...good, rows: [{...good.rows[0], id: '7'}]}),
		JSON.stringify({...good, rows: [{...good.rows[0], id: 0}]}),
		JSON.stringify({...good, rows: [{...good.rows[0], id: 1.5}]}),
		JSON.stringify({...good, rows: [{...good.rows[0], title: 5}]}),
		JSON.stringify({...good, rows: [{...good.rows[0], title: 'x'.repeat(10_001)}]}),
		JSON.stringify({...good, rows: [{...good.rows[0], publisher: {}}]}),
		JSON.stringify({...good, rows: [{id: 7, title: 'No dates'}]}), // fields missing
		JSON.stringify({...good, rows: [good.rows[0], good.rows[0]]}), // the same clip twice
		JSON.stringify({...good, rows: Array.from({length: 500}, (_, at) => ({...good.rows[0], id: at + 1}))}),
	];
	for (const text of variants) {
		assert.equal(parseSnapshot(text), null, String(text).slice(0, 80));
		assert.equal(readSnapshot(memoryStorage(text === null ? {} : {[SNAPSHOT_KEY]: text})), null);
	}
	assert.deepEqual(parseSnapshot(JSON.stringify(good)), ROWS, 'the unchanged text still reads');
	const longest = [{...ROWS[0]!, title: 'x'.repeat(10_000)}];
	assert.deepEqual(parseSnapshot(serializeSnapshot(longest)), longest, 'the longest title a clip may have');
});

test('another version\'s snapshot is not read, under its key or this one', () => {
	const other = JSON.stringify({version: 2, rows: ROWS});
	assert.equal(parseSnapshot(other), null);
	assert.equal(readSnapshot(memoryStorage({[SNAPSHOT_KEY]: other})), null);
	assert.equal(readSnapshot(memoryStorage({'govclip:popup-recent:v0': serializeSnapshot(ROWS)})), null);
});

test('storage that throws or is missing is no snapshot, and writing to it is harmless', () => {
	const throwing: SnapshotStorage = {
		getItem() {
			throw new DOMException('denied', 'SecurityError');
		},
		setItem() {
			throw new DOMException('full', 'QuotaExceededError');
		},
	};
	assert.equal(readSnapshot(throwing), null);
	assert.equal(readSnapshot(null), null);
	assert.doesNotThrow(() => writeSnapshot(throwing, ROWS));
	assert.doesNotThrow(() => writeSnapshot(undefined, ROWS));
	assert.doesNotThrow(() => forgetInSnapshot(throwing, 7));
	const full = {...memoryStorage(), setItem() {
		throw new DOMException('full', 'QuotaExceededError');
	}};
	assert.doesNotThrow(() => writeSnapshot(full, ROWS));
});

test('a deleted clip is taken out of the snapshot, and nothing else changes', () => {
	const storage = memoryStorage();
	writeSnapshot(storage, ROWS);
	forgetInSnapshot(storage, 7);
	assert.deepEqual(readSnapshot(storage), [ROWS[1]]);
	const writes = storage.writes;
	forgetInSnapshot(storage, 99);
	assert.equal(storage.writes, writes, 'a clip not in it writes nothing');
	forgetInSnapshot(memoryStorage({[SNAPSHOT_KEY]: 'corrupt'}), 7); // no throw
});

test('sameRows compares what a row paints, in order', () => {
	assert.ok(sameRows(ROWS, ROWS.map(row => ({...row}))));
	assert.ok(!sameRows(ROWS, [...ROWS].reverse()));
	assert.ok(!sameRows(ROWS, ROWS.slice(1)));
	assert.ok(!sameRows(ROWS, [{...ROWS[0]!, title: 'Changed'}, ROWS[1]!]));
	assert.ok(!sameRows(ROWS, [ROWS[0]!, {...ROWS[1]!, publishedAt: '2026-01-01'}]));
});
