/** The library's access to the real extension: reads the database directly, writes through the background. */
import type {BackgroundMessages} from '../../shared/messages.ts';
import {browser} from '../../platform/browser.ts';
import {sendToBackground} from '../../platform/messaging.ts';
import {getClip, recentClips} from '../../storage/clips.ts';
import {db} from '../../storage/default-db.ts';
import type {LibraryApi} from './library-api.ts';

export function createExtensionLibraryApi(): LibraryApi {
	return {
		async search(query) {
			const hits = await recentClips(db, 200);
			const words = query.toLowerCase().split(/\s+/).filter(Boolean);
			const matching = hits.filter(hit => words.every(word => `${hit.title} ${hit.publisher ?? ''}`.toLowerCase().includes(word)));
			return {hits: matching, total: matching.length};
		},
		getClip: id => getClip(db, id),
		async versions(id) {
			const rows = await db.versions.where('clipId').equals(id).reverse().toArray();
			return rows.map(row => ({id: row.id, supersededAt: row.supersededAt, changes: row.changes, title: row.clip.title, version: row.clip.version}));
		},
		updateClip: (id, changes) => sendToBackground<BackgroundMessages, 'updateClip'>('updateClip', {id, ...changes}),
		async deleteClips(ids) {
			return (await sendToBackground<BackgroundMessages, 'deleteClips'>('deleteClips', {ids})).removed;
		},
		async restoreClips(removed) {
			return (await sendToBackground<BackgroundMessages, 'restoreClips'>('restoreClips', {removed})).restored;
		},
		async openPrint(ids) {
			await browser.tabs.create({url: browser.runtime.getURL(`print.html?ids=${ids.join(',')}`)});
		},
		async storage() {
			const [estimate, persisted] = await Promise.all([navigator.storage.estimate(), navigator.storage.persisted()]);
			return {usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted};
		},
		requestPersistence: () => navigator.storage.persist(),
	};
}
