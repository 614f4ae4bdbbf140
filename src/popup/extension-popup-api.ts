/** The popup's access to the real extension: reads the database directly, writes through the background. */
import type {BackgroundMessages} from '../shared/messages.ts';
import {browser} from '../platform/browser.ts';
import {sendToBackground} from '../platform/messaging.ts';
import {tabHasSelection} from '../platform/selection.ts';
import {recentClips} from '../storage/clips.ts';
import {db} from '../storage/default-db.ts';
import type {PopupApi} from './popup-api.ts';
import type {ClipSummary} from '../shared/types.ts';
import {searchLibrary} from '../storage/search-index.ts';

/** How many clips the popup lists when its search box is empty. */
export const RECENT_COUNT = 20;

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
			const answer = early ?? recentClips(db, RECENT_COUNT);
			early = undefined; // later lists (after a clip, a delete) read afresh
			return answer;
		},
		search: async query => (await searchLibrary(db, query, {limit: 20})).hits,
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
