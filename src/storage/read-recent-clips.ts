/**
 * The most recently clipped clips, read with plain IndexedDB: what the popup lists first, without loading Dexie
 * (about 100 KB of code to fetch and compile before anything could be read). Read only: it never creates,
 * upgrades or writes the database. The names are those of db.ts and schema.ts (v1: `clips`, indexed on
 * `clippedAt`); tests/storage/read-recent-clips.test.ts checks them against the Dexie schema.
 */
import type {ClipSummary} from '../shared/types.ts';
import {toSummary} from './clip-summary.ts';
import type {ClipRow} from './db.ts';

/** db.ts's DB_NAME, repeated here: importing db.ts would bring Dexie with it. */
export const RECENT_CLIPS_DATABASE = 'govclip';
const CLIPS = 'clips';
const BY_CLIPPED_AT = 'clippedAt';

/**
 * Up to `limit` clips, newest `clippedAt` first, in the order of storage/clips.ts's `recentClips`.
 * No database yet means no clips: the open is aborted in its upgrade step, so nothing is created.
 */
export function readRecentClips(factory: IDBFactory, limit: number, name = RECENT_CLIPS_DATABASE): Promise<ClipSummary[]> {
	return new Promise((resolve, reject) => {
		let missing = false;
		const request = factory.open(name);
		request.onupgradeneeded = () => {
			missing = true;
			request.transaction?.abort();
		};
		request.onerror = event => {
			event.preventDefault();
			if (missing) {
				resolve([]);
			} else {
				reject(request.error);
			}
		};
		request.onsuccess = () => {
			const connection = request.result;
			// Another context upgrading the database must not wait for this page.
			connection.onversionchange = () => connection.close();
			if (limit <= 0 || !connection.objectStoreNames.contains(CLIPS)) {
				connection.close();
				resolve([]);
				return;
			}
			const rows: ClipRow[] = [];
			const transaction = connection.transaction(CLIPS, 'readonly');
			const cursor = transaction.objectStore(CLIPS).index(BY_CLIPPED_AT).openCursor(null, 'prev');
			cursor.onsuccess = () => {
				const at = cursor.result;
				if (!at) return;
				rows.push(at.value as ClipRow);
				if (rows.length < limit) {
					at.continue();
				}
			};
			transaction.oncomplete = () => {
				connection.close();
				resolve(rows.map(toSummary));
			};
			transaction.onabort = () => {
				connection.close();
				reject(transaction.error ?? new DOMException('The read was aborted.', 'AbortError'));
			};
		};
	});
}
