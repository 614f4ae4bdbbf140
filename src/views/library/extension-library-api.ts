/** The library's access to the real extension: reads the database directly, writes through the background. */
import type {BackgroundMessages} from '../../shared/messages.ts';
import {browser} from '../../platform/browser.ts';
import {sendToBackground} from '../../platform/messaging.ts';
import {askForPersistentStorage, isProtectedFromEviction} from '../../platform/storage-protection.ts';
import {onLibraryChange} from '../../platform/library-changes.ts';
import {getClip, getClips} from '../../storage/clips.ts';
import {searchLibrary} from '../../storage/search-index.ts';
import {libraryFacets} from '../../storage/facets.ts';
import {exportLibrary} from '../../storage/backup.ts';
import {db} from '../../storage/default-db.ts';
import type {LibraryApi} from './library-api.ts';
import type {Sanitizer} from '../../core/sanitize/sanitizer.ts';
import {exportClips} from '../../core/export/export-clips.ts';
import {AppError} from '../../shared/errors.ts';
import {downloadFile} from '../../ui/download-file.ts';

export function createExtensionLibraryApi(sanitizer: Sanitizer | null): LibraryApi {
	return {
		async search(query) {
			const {hits, total} = await searchLibrary(db, query, {limit: 200});
			return {hits, total};
		},
		facets: query => libraryFacets(db, query),
		getClip: id => getClip(db, id),
		async versions(id) {
			const rows = await db.versions.where('clipId').equals(id).reverse().toArray();
			return rows.map(row => ({id: row.id, supersededAt: row.supersededAt, changes: row.changes, title: row.clip.title, version: row.clip.version}));
		},
		updateClip: (id, changes) => sendToBackground<BackgroundMessages, 'updateClip'>('updateClip', {id, ...changes}),
		async tagClips(ids, tags) {
			return (await sendToBackground<BackgroundMessages, 'tagClips'>('tagClips', {ids, tags})).changed;
		},
		async deleteClips(ids) {
			return (await sendToBackground<BackgroundMessages, 'deleteClips'>('deleteClips', {ids})).removed;
		},
		async restoreClips(removed) {
			return (await sendToBackground<BackgroundMessages, 'restoreClips'>('restoreClips', {removed})).restored;
		},
		async openPrint(ids) {
			await browser.tabs.create({url: browser.runtime.getURL(`print.html?ids=${ids.join(',')}`)});
		},
		async exportClips(ids, format) {
			const clips = await getClips(db, ids);
			if (!sanitizer) {
				throw new AppError('SANITIZER_UNAVAILABLE');
			}
			const file = exportClips(clips, format, {now: Date.now(), sanitizer});
			downloadFile(file);
			return file.fileName;
		},
		async backUp() {
			const backup = await exportLibrary(db);
			const fileName = `GovClip library ${new Date(backup.exportedAt).toISOString().slice(0, 10)}.json`;
			downloadFile({fileName, mimeType: 'application/json', contents: JSON.stringify(backup)});
			return fileName;
		},
		async restoreBackup(file) {
			let data: unknown;
			try {
				data = JSON.parse(await file.text());
			} catch {
				throw new AppError('BAD_INPUT', `"${file.name}" is not a GovClip backup: it is not JSON. Nothing was imported.`);
			}
			return sendToBackground<BackgroundMessages, 'importLibrary'>('importLibrary', {data});
		},
		async storage() {
			const [estimate, persisted] = await Promise.all([navigator.storage.estimate(), isProtectedFromEviction()]);
			return {usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted};
		},
		requestPersistence: askForPersistentStorage,
		onLibraryChange,
	};
}
