/**
 * What the popup last showed as its recent clips, kept in the extension origin's localStorage so the next popup
 * can paint a list at once, before IndexedDB has answered. A cache, never the truth: the popup reads the database
 * as it opens and replaces the snapshot's rows with what it finds. Anything unexpected in the stored text (another
 * version's shape, a cut-off write, a hand edit) reads as no snapshot.
 *
 * Only the popup writes it, when it has rendered a fresh recent list (and drops a row at once when it deletes
 * one). Clips saved or deleted elsewhere (the shortcut, the context menu, the library) leave it stale until the
 * popup's own read corrects it, a few tens of milliseconds later.
 */
import {LIMITS} from '../core/clip/check-extraction.ts';

/** The key holds its shape's version: a later shape takes a new key, and never misreads this one. */
export const SNAPSHOT_KEY = 'govclip:popup-recent:v1';
const VERSION = 1;
/** Many more rows than the popup lists, or a field longer than a clip may have, mean the text is not ours. */
const MAX_ROWS = 50;
const MAX_TEXT = LIMITS.field;

/** A row as the recent list shows it: no address, no counts, nothing the popup does not paint. */
export type SnapshotRow = {id: number; title: string; publisher: string | null; publishedAt: string | null};

/** `Storage`'s two calls this file needs: tests pass a Map-backed stand-in. */
export type SnapshotStorage = Pick<Storage, 'getItem' | 'setItem'>;

const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const isOptionalText = (value: unknown): value is string | null => value === null || isText(value);

function toRow(value: unknown): SnapshotRow | null {
	if (typeof value !== 'object' || value === null) return null;
	const {id, title, publisher, publishedAt} = value as Record<string, unknown>;
	if (!Number.isSafeInteger(id) || (id as number) <= 0 || !isText(title) || !isOptionalText(publisher) || !isOptionalText(publishedAt)) {
		return null;
	}
	return {id: id as number, title, publisher, publishedAt};
}

/** The rows of a stored snapshot, or null when there is none or it is not one this version wrote. */
export function parseSnapshot(text: string | null): SnapshotRow[] | null {
	if (text === null) return null;
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch {
		return null;
	}
	if (typeof value !== 'object' || value === null || (value as {version?: unknown}).version !== VERSION) return null;
	const {rows} = value as {rows?: unknown};
	if (!Array.isArray(rows) || rows.length > MAX_ROWS) return null;
	const parsed: SnapshotRow[] = [];
	const seen = new Set<number>();
	for (const entry of rows) {
		const row = toRow(entry);
		if (!row || seen.has(row.id)) return null;
		seen.add(row.id);
		parsed.push(row);
	}
	return parsed;
}

/** Only the fields a row paints, whatever else the clips carry. */
export function toSnapshotRows(clips: readonly SnapshotRow[]): SnapshotRow[] {
	return clips.map(({id, title, publisher, publishedAt}) => ({id, title, publisher, publishedAt}));
}

export function serializeSnapshot(clips: readonly SnapshotRow[]): string {
	return JSON.stringify({version: VERSION, rows: toSnapshotRows(clips)});
}

/** Whether two lists paint the same rows, in the same order. */
export function sameRows(a: readonly SnapshotRow[], b: readonly SnapshotRow[]): boolean {
	return a.length === b.length && a.every((row, at) => {
		const other = b[at]!;
		return row.id === other.id && row.title === other.title && row.publisher === other.publisher && row.publishedAt === other.publishedAt;
	});
}

/** The stored rows, or null. Storage that cannot be read (disabled, blocked) is no snapshot, never an error. */
export function readSnapshot(storage: SnapshotStorage | null | undefined): SnapshotRow[] | null {
	try {
		return parseSnapshot(storage?.getItem(SNAPSHOT_KEY) ?? null);
	} catch {
		return null;
	}
}

/** Stores `clips` as the next popup's first list, unless that is already what is stored. Failing to store is harmless. */
export function writeSnapshot(storage: SnapshotStorage | null | undefined, clips: readonly SnapshotRow[]): void {
	try {
		const text = serializeSnapshot(clips);
		if (storage && storage.getItem(SNAPSHOT_KEY) !== text) {
			storage.setItem(SNAPSHOT_KEY, text);
		}
	} catch {
		// Full or blocked storage: the next popup reads the database, as it would without a snapshot.
	}
}

/** Takes one clip out of the stored rows, when it is there: a deleted clip must not come back from the snapshot. */
export function forgetInSnapshot(storage: SnapshotStorage | null | undefined, id: number): void {
	const rows = readSnapshot(storage);
	if (rows?.some(row => row.id === id)) {
		writeSnapshot(storage, rows.filter(row => row.id !== id));
	}
}
