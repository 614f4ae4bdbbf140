/**
 * The popup's access to the real extension: reads the database directly, writes through the background.
 * The recent clips are read with plain IndexedDB; search (Dexie and the index code) loads on first use, or
 * when `warmUpSearch` asks, so the first list never waits for that code.
 */
import type {BackgroundMessages} from '../shared/messages.ts';
import {browser} from '../platform/browser.ts';
import {sendToBackground} from '../platform/messaging.ts';
import {tabHasSelection} from '../platform/selection.ts';
import {readRecentClips} from '../storage/read-recent-clips.ts';
import type {PopupApi} from './popup-api.ts';
import {forgetInSnapshot, readSnapshot, writeSnapshot, type SnapshotStorage} from './recent-snapshot.ts';
import type {ClipSummary} from '../shared/types.ts';

/** How many clips the popup lists when its search box is empty. */
export const RECENT_COUNT = 20;

/** The popup's recent clips, newest first, read without Dexie: `index.tsx` starts this read before the first render. */
export function readRecent(): Promise<ClipSummary[]> {
	return readRecentClips(indexedDB, RECENT_COUNT);
}

/** The extension origin's localStorage, where the popup keeps its last recent list; null where a browser refuses it. */
function pageStorage(): SnapshotStorage | null {
	try {
		return globalThis.localStorage ?? null;
	} catch {
		return null; // reading the property itself throws where storage is blocked
	}
}

/**
 * popup-search.ts is built as a file of its own (build.mjs). The path is a variable so that esbuild leaves the
 * import to the browser: a literal would bundle it, or split out a chunk that popup.js must fetch before it runs.
 */
const SEARCH_FILE = './popup-search.js';
let searchCode: Promise<typeof import('./popup-search.ts')> | undefined;
/** The search code, loaded once (tried again on the next use if loading failed). */
function loadSearch() {
	searchCode ??= (import(SEARCH_FILE) as Promise<typeof import('./popup-search.ts')>).catch((error: unknown) => {
		searchCode = undefined;
		throw error;
	});
	return searchCode;
}

/** Loads the search code and the index head, once the first list is on screen. */
export async function warmUpSearch(): Promise<void> {
	await (await loadSearch()).warmUp();
}

/**
 * `popup.html?tab=<id>` clips that tab (the popup opened as a page, in tests); otherwise the active tab.
 * `recent`, when given, answers the first request for recent clips: the entry file starts that read early.
 */
export function createExtensionPopupApi(search: string, {recent}: {recent?: Promise<ClipSummary[]>} = {}): PopupApi {
	let early = recent;
	const tabParameter = new URLSearchParams(search).get('tab');
	const tabId = tabParameter && /^\d+$/.test(tabParameter) ? Number(tabParameter) : undefined;
	return {
		clipPage: (mode = 'article') => sendToBackground<BackgroundMessages, 'clipTab'>('clipTab', {tabId, mode}),
		hasSelection: () => tabHasSelection(tabId),
		recentClips() {
			const answer = early ?? readRecent();
			early = undefined; // later lists (after a clip, a delete) read afresh
			return answer;
		},
		lastShown: () => readSnapshot(pageStorage()),
		rememberShown: clips => writeSnapshot(pageStorage(), clips),
		forgetShown: id => forgetInSnapshot(pageStorage(), id),
		search: async query => (await loadSearch()).search(query, 20),
		async remove(id) {
			return (await sendToBackground<BackgroundMessages, 'deleteClips'>('deleteClips', {ids: [id]})).removed;
		},
		async restore(removed) {
			await sendToBackground<BackgroundMessages, 'restoreClips'>('restoreClips', {removed});
		},
		async openPrint(id) {
			await browser.tabs.create({url: browser.runtime.getURL(`print.html?id=${id}`)});
		},
		async openLibrary(id) {
			await browser.tabs.create({url: browser.runtime.getURL(id === undefined ? 'library.html' : `library.html?id=${id}`)});
		},
		async shortcut() {
			const commands = await browser.commands.getAll();
			return commands.find(command => command.name === 'clip-page')?.shortcut ?? '';
		},
	};
}
