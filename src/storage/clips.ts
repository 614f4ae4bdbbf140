/** Reading and writing clips. Thin and transactional: errors abort the transaction and reach the caller. */
import type {Clip, ClipSummary, Extraction} from '../shared/types.ts';
import {AppError} from '../shared/errors.ts';
import {contentHash} from '../core/clip/content-hash.ts';
import {summarizeChanges} from '../core/clip/summarize-changes.ts';
import type {ClipDb, ClipRow} from './db.ts';
import {removeClips} from './clip-edits.ts';
import {toSummary} from './clip-summary.ts';
import {indexTables, queueIndexChanges} from './index-changes.ts';
import {rethrowStorageError} from './storage-errors.ts';

export {toSummary} from './clip-summary.ts';

export type SaveOutcome = {status: 'saved' | 'unchanged' | 'updated'; clip: ClipRow; changes: string[]};

/**
 * Saves an extraction as one transaction: the clip, its body, (on change) the superseded version, and the
 * search index's pending entry, so the clip is findable as soon as the save resolves.
 * Re-clipping the same canonical URL never makes a silent duplicate.
 */
export async function saveExtraction(db: ClipDb, extraction: Extraction, {now}: {now: number}): Promise<SaveOutcome> {
	if (!extraction.isArticle || extraction.text.trim() === '') {
		throw new AppError('NO_ARTICLE');
	}
	const {contentHtml, text, ...metadata} = extraction;
	const hash = contentHash(extraction.title, text);
	return db.transaction('rw', [db.clips, db.bodies, db.versions, ...indexTables(db)], async (): Promise<SaveOutcome> => {
		const existing = await db.clips.where('canonicalUrl').equals(extraction.canonicalUrl).first()
			?? await db.clips.where('contentHash').equals(hash).first();
		if (!existing) {
			const row: Omit<ClipRow, 'id'> = {...metadata, clippedAt: now, tags: [], note: '', contentHash: hash, version: 1};
			const id = await db.clips.add(row as ClipRow);
			await db.bodies.add({id, contentHtml, text});
			await queueIndexChanges(db, [{id, next: {...row, id, text}}]);
			return {status: 'saved', clip: {...row, id}, changes: []};
		}
		if (existing.contentHash === hash) {
			return {status: 'unchanged', clip: existing, changes: []};
		}
		const previousBody = await db.bodies.get(existing.id);
		const previous: Clip = {...existing, contentHtml: previousBody?.contentHtml ?? '', text: previousBody?.text ?? ''};
		const changes = summarizeChanges(previous, extraction);
		await db.versions.add({clipId: existing.id, supersededAt: now, changes, clip: previous} as never);
		// Tags and the note belong to the person, not the page: they carry over to the new version.
		const row: ClipRow = {...metadata, id: existing.id, clippedAt: now, tags: existing.tags, note: existing.note, contentHash: hash, version: existing.version + 1};
		await db.clips.put(row);
		await db.bodies.put({id: existing.id, contentHtml, text});
		await queueIndexChanges(db, [{id: existing.id, next: {...row, text}, previous}]);
		return {status: 'updated', clip: row, changes};
	}).catch(rethrowStorageError);
}

export async function getClip(db: ClipDb, id: number): Promise<Clip | undefined> {
	return db.transaction('r', db.clips, db.bodies, async () => {
		const row = await db.clips.get(id);
		if (!row) {
			return undefined;
		}
		const body = await db.bodies.get(id);
		return {...row, contentHtml: body?.contentHtml ?? '', text: body?.text ?? ''};
	});
}

export async function recentClips(db: ClipDb, limit = 50): Promise<ClipSummary[]> {
	const rows = await db.clips.orderBy('clippedAt').reverse().limit(limit).toArray();
	return rows.map(toSummary);
}

/** Whether the clip existed; it is gone with its body, versions and search entries either way. */
export async function deleteClip(db: ClipDb, id: number): Promise<boolean> {
	return (await removeClips(db, [id])).length > 0;
}

/** The clips that still exist of `ids`, whole, in the order asked for: one read for all of them. */
export async function getClips(db: ClipDb, ids: readonly number[]): Promise<Clip[]> {
	return db.transaction('r', db.clips, db.bodies, async () => {
		const [rows, bodies] = await Promise.all([db.clips.bulkGet([...ids]), db.bodies.bulkGet([...ids])]);
		return rows.flatMap((row, index) => row ? [{...row, contentHtml: bodies[index]?.contentHtml ?? '', text: bodies[index]?.text ?? ''}] : []);
	});
}
