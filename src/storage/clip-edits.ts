/** What a person changes in the library: tags and notes, deletion with undo. One transaction each, search index included. */
import {AppError} from '../shared/errors.ts';
import type {BodyRow, ClipDb, ClipRow, VersionRow} from './db.ts';
import {indexTables, queueIndexChanges, type IndexChange} from './index-changes.ts';
import {rethrowStorageError} from './storage-errors.ts';

/** Everything a deleted clip was, so Undo can put it back exactly. */
export type RemovedClip = {clip: ClipRow; body: BodyRow | null; versions: VersionRow[]};

const MAX_TAGS = 50;
const MAX_NOTE = 20_000;

/** Tags are trimmed, de-duplicated case-insensitively and kept in the order given. */
export function normalizeTags(tags: readonly string[]): string[] {
	const seen = new Set<string>();
	const result: string[] = [];
	for (const tag of tags) {
		const clean = tag.replace(/\s+/g, ' ').trim().slice(0, 60);
		if (clean && !seen.has(clean.toLowerCase())) {
			seen.add(clean.toLowerCase());
			result.push(clean);
		}
	}
	return result.slice(0, MAX_TAGS);
}

export async function updateClipFields(db: ClipDb, id: number, changes: {tags?: readonly string[]; note?: string}): Promise<ClipRow> {
	return db.transaction('rw', [db.clips, db.bodies, ...indexTables(db)], async () => {
		const row = await db.clips.get(id);
		if (!row) {
			throw new AppError('NOT_FOUND');
		}
		const next: ClipRow = {
			...row,
			...(changes.tags ? {tags: normalizeTags(changes.tags)} : {}),
			...(changes.note === undefined ? {} : {note: changes.note.slice(0, MAX_NOTE)}),
		};
		await db.clips.put(next);
		if (changes.tags) {
			// Tags are search filters (tag:…): the index re-reads the clip. A note is not indexed.
			const text = (await db.bodies.get(id))?.text ?? '';
			await queueIndexChanges(db, [{id, next: {...next, text}, previous: {...row, text}}]);
		}
		return next;
	}).catch(rethrowStorageError);
}

/**
 * Adds tags to several clips at once (the library's bulk action), in one transaction; clips already carrying them are
 * left untouched. Returns how many clips changed.
 */
export async function addTagsToClips(db: ClipDb, ids: readonly number[], tags: readonly string[]): Promise<number> {
	const adding = normalizeTags(tags);
	return db.transaction('rw', [db.clips, db.bodies, ...indexTables(db)], async () => {
		const changes: IndexChange[] = [];
		for (const row of await db.clips.bulkGet([...new Set(ids)])) {
			if (!row) {
				continue; // deleted meanwhile
			}
			const next: ClipRow = {...row, tags: normalizeTags([...row.tags, ...adding])};
			if (next.tags.length === row.tags.length) {
				continue;
			}
			await db.clips.put(next);
			const text = (await db.bodies.get(row.id))?.text ?? '';
			changes.push({id: row.id, next: {...next, text}, previous: {...row, text}});
		}
		await queueIndexChanges(db, changes);
		return changes.length;
	}).catch(rethrowStorageError);
}

export async function removeClips(db: ClipDb, ids: readonly number[]): Promise<RemovedClip[]> {
	return db.transaction('rw', [db.clips, db.bodies, db.versions, ...indexTables(db)], async () => {
		const removed: RemovedClip[] = [];
		for (const id of ids) {
			const clip = await db.clips.get(id);
			if (!clip) {
				continue;
			}
			const body = (await db.bodies.get(id)) ?? null;
			const versions = await db.versions.where('clipId').equals(id).toArray();
			removed.push({clip, body, versions});
			await db.clips.delete(id);
			await db.bodies.delete(id);
			await db.versions.where('clipId').equals(id).delete();
		}
		await queueIndexChanges(db, removed.map(({clip, body}) => ({id: clip.id, next: null, previous: {...clip, text: body?.text ?? ''}})));
		return removed;
	}).catch(rethrowStorageError);
}

/** Undo of removeClips: the same ids, unless the page was clipped again meanwhile (then that newer clip stays). */
export async function restoreClips(db: ClipDb, removed: readonly RemovedClip[]): Promise<number> {
	return db.transaction('rw', [db.clips, db.bodies, db.versions, ...indexTables(db)], async () => {
		let restored = 0;
		const changes: IndexChange[] = [];
		for (const {clip, body, versions} of removed) {
			if (await db.clips.where('canonicalUrl').equals(clip.canonicalUrl).count()) {
				continue;
			}
			await db.clips.put(clip);
			if (body) {
				await db.bodies.put(body);
			}
			await db.versions.bulkPut(versions);
			changes.push({id: clip.id, next: {...clip, text: body?.text ?? ''}});
			restored++;
		}
		await queueIndexChanges(db, changes);
		return restored;
	}).catch(rethrowStorageError);
}
