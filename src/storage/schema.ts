/**
 * The database's schema history. Append only: a version that has shipped is never edited, and every
 * version with an upgrade has a test that seeds the old shape (tests/storage/schema.test.ts).
 * Index only what is queried; never index bodies or text.
 */
import type Dexie from 'dexie';
import type {Transaction} from 'dexie';
import type {BodyRow, ClipRow} from './db.ts';
import {queueIndexChanges, type IndexTables} from './index-changes.ts';
import {searchTextRow} from './search-texts.ts';

export const SCHEMA_VERSIONS = [1, 2, 3, 4, 5] as const;

/** v2's backfill: every v1 clip becomes a pending entry, findable at once and merged by the background. */
async function queueExistingClips(tx: Transaction): Promise<void> {
	const tables: IndexTables = {pending: tx.table('pending'), searchHead: tx.table('searchHead')};
	for (let after = 0; ;) {
		const rows: ClipRow[] = await tx.table('clips').where('id').above(after).limit(500).toArray();
		if (rows.length === 0) return;
		const bodies: (BodyRow | undefined)[] = await tx.table('bodies').bulkGet(rows.map(row => row.id));
		await queueIndexChanges(tables, rows.map((row, i) => ({id: row.id, next: {...row, text: bodies[i]?.text ?? ''}})));
		after = rows.at(-1)!.id;
	}
}

/** v3's backfill: the search text row of every clip, from its row and its body. */
async function writeSearchTexts(tx: Transaction): Promise<void> {
	for (let after = 0; ;) {
		const rows: ClipRow[] = await tx.table('clips').where('id').above(after).limit(500).toArray();
		if (rows.length === 0) return;
		const bodies: (BodyRow | undefined)[] = await tx.table('bodies').bulkGet(rows.map(row => row.id));
		await tx.table('searchTexts').bulkPut(rows.map((row, i) => searchTextRow({...row, text: bodies[i]?.text ?? ''})));
		after = rows.at(-1)!.id;
	}
}

/**
 * v4's reshaping: the dictionary moves out of the head record into its own, so that a query reads the doc
 * table alone. Inlined, not shared with the merge code: what it does to stored data must never change.
 */
async function splitHead(tx: Transaction): Promise<void> {
	const table = tx.table('searchHead');
	const head = await table.get('head');
	if (!head?.dictionary) return;
	const {dictionary, ...rest} = head;
	await table.bulkPut([rest, {key: 'dictionary', rev: head.rev, ...dictionary}]);
}

/**
 * v5's reshaping: the dictionary record is cut into slices by the first two letters of its terms, one row per
 * slice in `searchTerms`, and the record goes. Inlined (not Dictionary's own slicing), for the same reason as
 * v4's: what it does to stored data must never change. Terms are "\n"-joined in code-unit order.
 */
async function sliceDictionary(tx: Transaction): Promise<void> {
	const table = tx.table('searchHead');
	const stored = await table.get('dictionary') as {terms: string; dfs: Uint32Array} | undefined;
	await table.delete('dictionary');
	if (!stored || stored.dfs.length === 0) return;
	const terms = stored.terms.split('\n');
	const rows: {prefix: string; terms: string; dfs: Uint32Array; starts: Uint32Array}[] = [];
	for (let lo = 0; lo < terms.length;) {
		const prefix = terms[lo]!.slice(0, 2);
		let hi = lo + 1;
		while (hi < terms.length && terms[hi]!.slice(0, 2) === prefix) hi++;
		const slice = terms.slice(lo, hi);
		const starts = new Uint32Array(slice.length + 1);
		for (let i = 0; i < slice.length; i++) starts[i + 1] = starts[i]! + slice[i]!.length + 1;
		rows.push({prefix, terms: slice.join('\n'), dfs: stored.dfs.slice(lo, hi), starts});
		lo = hi;
	}
	await tx.table('searchTerms').bulkPut(rows);
}

export function declareSchema(db: Dexie): void {
	// v1 (0.1.0): clip metadata, bodies kept apart so lists never load them, and superseded versions.
	db.version(1).stores({
		clips: '++id, &canonicalUrl, contentHash, publishedAt, clippedAt, publisher, *tags',
		bodies: 'id',
		versions: '++id, clipId',
	});

	// v2 (0.2.0): ranked search. Packed postings in buckets of terms, the head (dictionary, doc table) and
	// state counters by key, and changes not merged yet by clip id (and by `seq`, which a merge compares
	// without reading the entries). See DESIGN.md, "Search index".
	db.version(2).stores({
		postings: 'bucket',
		searchHead: 'key',
		pending: 'id, seq',
	}).upgrade(queueExistingClips);

	// v3 (0.3.0): each clip's search text (summary and plain text by field), so that a result page and phrase
	// checks read one small row per hit instead of the clip row and its sanitised HTML body.
	db.version(3).stores({searchTexts: 'id'}).upgrade(writeSearchTexts);

	// v4 (0.3.0): the dictionary in its own searchHead record ('dictionary'): opening a search reads the doc
	// table alone (~0.6 MB at 50,000 clips, not ~4 MB), and the dictionary only when a prefix is typed.
	db.version(4).stores({}).upgrade(splitHead);

	// v5 (0.3.0): the dictionary in slices, one row per first two letters of its terms (`searchTerms`, by
	// prefix): a prefix being typed on a page that has just opened reads its slice, not the whole dictionary
	// (~4 MB at 50,000 clips), and a merge rewrites only the slices it changes.
	db.version(5).stores({searchTerms: 'prefix'}).upgrade(sliceDictionary);
}
