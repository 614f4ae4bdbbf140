/**
 * The doc table: every merged clip's id with its published and clipped day, in three parallel typed arrays.
 * It is loaded with the dictionary, and answers date filters, "all clips" and the tie-break by date.
 */
import {gallop} from './hits.ts';

export type DocTable = {
	/** Ascending. */
	ids: Uint32Array;
	/** Days since the epoch (dates.ts), NO_DAY when unknown. */
	published: Int32Array;
	clipped: Int32Array;
};

export type DocDays = {id: number; published: number; clipped: number};

export const EMPTY_DOC_TABLE: DocTable = {ids: new Uint32Array(0), published: new Int32Array(0), clipped: new Int32Array(0)};

/** The row of `id`, or -1. */
export function docRow(table: DocTable, id: number): number {
	let lo = 0;
	let hi = table.ids.length;
	while (lo < hi) {
		const mid = (lo + hi) >>> 1;
		if (table.ids[mid]! < id) lo = mid + 1;
		else hi = mid;
	}
	return table.ids[lo] === id ? lo : -1;
}

/** Each table's row by id, made the first time a query asks (ids are dense in a library: 4 bytes a clip). */
const ROWS_BY_ID = new WeakMap<DocTable, Int32Array>();

/** The table's rows indexed by id, -1 where absent; null when ids are too sparse for that to pay. */
function rowsById(table: DocTable): Int32Array | null {
	const count = table.ids.length;
	const top = count ? table.ids[count - 1]! : 0;
	if (count < 1024 || top > 4 * count + 4096) return null;
	let byId = ROWS_BY_ID.get(table);
	if (!byId) {
		byId = new Int32Array(top + 1).fill(-1);
		for (let row = 0; row < count; row++) byId[table.ids[row]!] = row;
		ROWS_BY_ID.set(table, byId);
	}
	return byId;
}

/**
 * The row of each of `ids` (ascending), -1 where absent. A large table answers from its rows by id; in a
 * small one (or one with sparse ids) a few ids gallop through it, many walk it once beside them.
 */
export function docRows(table: DocTable, ids: Uint32Array): Int32Array {
	const byId = rowsById(table);
	if (byId) {
		const rows = new Int32Array(ids.length);
		for (let i = 0; i < ids.length; i++) rows[i] = ids[i]! < byId.length ? byId[ids[i]!]! : -1;
		return rows;
	}
	const rows = new Int32Array(ids.length).fill(-1);
	const sparse = ids.length * 16 < table.ids.length;
	for (let i = 0, row = 0; i < ids.length && row < table.ids.length; i++) {
		if (sparse) row = gallop(table.ids, ids[i]!, row);
		else while (row < table.ids.length && table.ids[row]! < ids[i]!) row++;
		if (table.ids[row] === ids[i]) rows[i] = row;
	}
	return rows;
}

/** A new table with `upserts` written over and `removed` ids (ascending) taken out. */
export function updateDocTable(table: DocTable, upserts: readonly DocDays[], removed: Uint32Array): DocTable {
	const rows = new Map<number, DocDays>();
	table.ids.forEach((id, i) => rows.set(id, {id, published: table.published[i]!, clipped: table.clipped[i]!}));
	for (const id of removed) rows.delete(id);
	for (const row of upserts) rows.set(row.id, row);
	const sorted = [...rows.values()].sort((a, b) => a.id - b.id);
	return {
		ids: Uint32Array.from(sorted, row => row.id),
		published: Int32Array.from(sorted, row => row.published),
		clipped: Int32Array.from(sorted, row => row.clipped),
	};
}
