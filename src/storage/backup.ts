/**
 * Library backup: the whole library as one versioned file (docs/BACKUP-FORMAT.md), and importing one back,
 * merged by canonical URL without duplicates. An import is checked whole first, then written in one
 * transaction with the search index's pending entries, so a refused or failed import writes nothing.
 */
import type {Clip} from '../shared/types.ts';
import {BACKUP_FORMAT, BACKUP_VERSION, parseBackup, type BackupClip, type BackupVersion, type LibraryBackup} from '../core/backup/backup-format.ts';
import type {ClipDb, ClipRow, VersionRow} from './db.ts';
import {indexTables, queueIndexChanges, type IndexChange} from './index-changes.ts';
import {rethrowStorageError} from './storage-errors.ts';

export type {LibraryBackup} from '../core/backup/backup-format.ts';

export type ImportOutcome = {added: number; updated: number; unchanged: number};

const byDate = (a: VersionRow, b: VersionRow) => a.supersededAt - b.supersededAt || a.id - b.id;

/** Tags united, the first spelling of each kept (compared without case). */
function unite(tags: readonly string[]): string[] {
	const seen = new Set<string>();
	return tags.filter(tag => !seen.has(tag.toLowerCase()) && Boolean(seen.add(tag.toLowerCase())));
}

const withoutId = <T extends {id: number}>({id, ...rest}: T): Omit<T, 'id'> => rest;

export async function exportLibrary(db: ClipDb, {now = Date.now()}: {now?: number} = {}): Promise<LibraryBackup> {
	return db.transaction('r', db.clips, db.bodies, db.versions, async () => {
		const [rows, bodies, versions] = await Promise.all([db.clips.orderBy('clippedAt').toArray(), db.bodies.toArray(), db.versions.toArray()]);
		const bodyById = new Map(bodies.map(body => [body.id, body]));
		const versionsById = new Map<number, VersionRow[]>();
		for (const version of versions.sort(byDate)) {
			versionsById.set(version.clipId, [...versionsById.get(version.clipId) ?? [], version]);
		}
		const clips = rows.map((row): BackupClip => {
			const body = bodyById.get(row.id);
			return {
				...withoutId(row), contentHtml: body?.contentHtml ?? '', text: body?.text ?? '',
				versions: (versionsById.get(row.id) ?? []).map(({supersededAt, changes, clip}) => ({supersededAt, changes, clip: withoutId(clip)})),
			};
		});
		return {format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: new Date(now).toISOString(), clips};
	});
}

/** Two clips say the same, field for field (the property order of stored objects may differ). */
function same(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
	const keys = new Set([...Object.keys(a), ...Object.keys(b)].filter(key => (a as never)[key] !== undefined || (b as never)[key] !== undefined));
	return [...keys].every(key => same((a as never)[key], (b as never)[key]));
}

const versionKey = (version: BackupVersion) => `${version.supersededAt} ${version.clip.contentHash}`;

/**
 * An incoming clip merged with the one already kept for its address: the newer clip is current, the other
 * (if it says something else) becomes a superseded version; versions and tags are united; a note is kept.
 */
function mergeClip(kept: BackupClip, incoming: BackupClip, now: number): BackupClip {
	const [current, other] = incoming.clippedAt > kept.clippedAt ? [incoming, kept] : [kept, incoming];
	const versions = new Map<string, BackupVersion>();
	for (const version of [...kept.versions, ...incoming.versions]) versions.set(versionKey(version), version);
	if (other.contentHash !== current.contentHash && ![...versions.values()].some(version => version.clip.contentHash === other.contentHash)) {
		const {versions: _, ...clip} = other;
		versions.set(`${now} ${clip.contentHash}`, {supersededAt: now, changes: ['Merged from a library backup.'], clip});
	}
	return {
		...current,
		tags: unite([...current.tags, ...other.tags]),
		note: current.note || other.note,
		versions: [...versions.values()].sort((a, b) => a.supersededAt - b.supersededAt),
	};
}

export async function importLibrary(db: ClipDb, data: unknown, {now}: {now: number}): Promise<ImportOutcome> {
	const backup = parseBackup(data); // throws before any write
	return db.transaction('rw', [db.clips, db.bodies, db.versions, ...indexTables(db)], async () => {
		const outcome: ImportOutcome = {added: 0, updated: 0, unchanged: 0};
		const existing = await db.clips.where('canonicalUrl').anyOf(backup.clips.map(clip => clip.canonicalUrl)).toArray();
		const byUrl = new Map(existing.map(row => [row.canonicalUrl, row]));
		const changes: IndexChange[] = [];
		// New clips in bulk (one request per row, not one round trip per clip); merges one by one below.
		const fresh = backup.clips.filter(clip => !byUrl.has(clip.canonicalUrl));
		const ids = await db.clips.bulkAdd(fresh.map(({versions, contentHtml, text, ...metadata}) => metadata as ClipRow), {allKeys: true});
		await db.bodies.bulkAdd(fresh.map(({contentHtml, text}, i) => ({id: ids[i]!, contentHtml, text})));
		await db.versions.bulkAdd(fresh.flatMap(({versions}, i) => versions.map(version => ({clipId: ids[i]!, ...version, clip: {...version.clip, id: ids[i]!}}) as VersionRow)));
		fresh.forEach(({versions, contentHtml, ...clip}, i) => changes.push({id: ids[i]!, next: {...clip, id: ids[i]!}}));
		outcome.added = fresh.length;
		for (const incoming of backup.clips) {
			const row = byUrl.get(incoming.canonicalUrl);
			if (!row) {
				continue;
			}
			const body = await db.bodies.get(row.id);
			const keptVersions = await db.versions.where('clipId').equals(row.id).toArray();
			const kept: BackupClip = {
				...withoutId(row), contentHtml: body?.contentHtml ?? '', text: body?.text ?? '',
				versions: keptVersions.sort(byDate).map(({supersededAt, changes, clip}) => ({supersededAt, changes, clip: withoutId(clip)})),
			};
			const merged = mergeClip(kept, incoming, now);
			if (same(merged, kept)) {
				outcome.unchanged++;
				continue;
			}
			const {versions: mergedVersions, contentHtml: html, text: mergedText, ...mergedRow} = merged;
			await db.clips.put({...mergedRow, id: row.id});
			await db.bodies.put({id: row.id, contentHtml: html, text: mergedText});
			await db.versions.where('clipId').equals(row.id).delete();
			await db.versions.bulkAdd(mergedVersions.map(version => ({clipId: row.id, ...version, clip: {...version.clip, id: row.id}}) as VersionRow));
			changes.push({id: row.id, next: {...mergedRow, id: row.id, text: mergedText}, previous: {...kept, id: row.id} as Clip});
			outcome.updated++;
		}
		// In slices, so the index documents of a large import are not all held at once.
		for (let at = 0; at < changes.length; at += 500) {
			await queueIndexChanges(db, changes.slice(at, at + 500));
		}
		return outcome;
	}).catch(rethrowStorageError);
}
