/** The background's message handlers: every privileged request is checked against its sender first. */
import type {BackgroundMessages} from '../shared/messages.ts';
import {AppError} from '../shared/errors.ts';
import {assertFromExtensionPage, type Handlers} from '../platform/messaging.ts';
import {toSummary} from '../storage/clips.ts';
import {addTagsToClips, removeClips, restoreClips, updateClipFields, type RemovedClip} from '../storage/clip-edits.ts';
import {db} from '../storage/default-db.ts';
import {clipTab} from './clip-tab.ts';
import {afterLibraryWrite} from './after-write.ts';
import {importLibrary} from '../storage/backup.ts';

export const backgroundHandlers = {
	async clipTab(payload, sender) {
		assertFromExtensionPage(sender);
		const {tabId, mode} = (payload ?? {}) as {tabId?: unknown; mode?: unknown};
		if ((tabId !== undefined && !Number.isInteger(tabId)) || (mode !== undefined && mode !== 'article' && mode !== 'selection')) {
			throw new AppError('BAD_MESSAGE');
		}
		const result = await clipTab(db, {tabId: tabId as number | undefined, mode: mode as 'article' | 'selection' | undefined});
		afterLibraryWrite(db, {changed: result.status !== 'unchanged'});
		return result;
	},
	async updateClip(payload, sender) {
		assertFromExtensionPage(sender);
		const {id, tags, note} = (payload ?? {}) as {id?: unknown; tags?: unknown; note?: unknown};
		if (!Number.isInteger(id) || (tags !== undefined && !isStringList(tags)) || (note !== undefined && typeof note !== 'string')) {
			throw new AppError('BAD_MESSAGE');
		}
		const row = await updateClipFields(db, id as number, {tags: tags as string[] | undefined, note: note as string | undefined});
		afterLibraryWrite(db);
		return toSummary(row);
	},
	async tagClips(payload, sender) {
		assertFromExtensionPage(sender);
		const {ids, tags} = (payload ?? {}) as {ids?: unknown; tags?: unknown};
		if (!isIdList(ids) || !isStringList(tags) || tags.length === 0) {
			throw new AppError('BAD_MESSAGE');
		}
		const changed = await addTagsToClips(db, ids, tags);
		afterLibraryWrite(db, {changed: changed > 0});
		return {changed};
	},
	async deleteClips(payload, sender) {
		assertFromExtensionPage(sender);
		const ids = (payload as {ids?: unknown} | null)?.ids;
		if (!isIdList(ids)) {
			throw new AppError('BAD_MESSAGE');
		}
		const removed = await removeClips(db, ids);
		afterLibraryWrite(db);
		return {removed};
	},
	async restoreClips(payload, sender) {
		assertFromExtensionPage(sender);
		const removed = (payload as {removed?: unknown} | null)?.removed;
		if (!Array.isArray(removed) || !removed.every(isRemovedClip)) {
			throw new AppError('BAD_MESSAGE');
		}
		const restored = await restoreClips(db, removed as RemovedClip[]);
		afterLibraryWrite(db);
		return {restored};
	},
	async importLibrary(payload, sender) {
		assertFromExtensionPage(sender);
		// importLibrary checks the whole file before writing anything, and refuses it in words.
		const outcome = await importLibrary(db, (payload as {data?: unknown} | null)?.data, {now: Date.now()});
		afterLibraryWrite(db);
		return outcome;
	},
} satisfies Handlers<BackgroundMessages>;

function isIdList(value: unknown): value is number[] {
	return Array.isArray(value) && value.every(id => Number.isInteger(id));
}

function isStringList(value: unknown): value is string[] {
	return Array.isArray(value) && value.length <= 100 && value.every(item => typeof item === 'string');
}

/** Undo data comes back from our own page; still, only a clip-shaped record goes into the database. */
function isRemovedClip(value: unknown): boolean {
	const record = value as {clip?: {id?: unknown; canonicalUrl?: unknown}; versions?: unknown} | null;
	return typeof record === 'object' && record !== null && Number.isInteger(record.clip?.id)
		&& typeof record.clip?.canonicalUrl === 'string' && Array.isArray(record.versions);
}
