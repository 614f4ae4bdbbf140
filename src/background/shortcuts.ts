/** Clipping without the popup (keyboard command, context menu): the result is shown on the toolbar badge. */
import {browser, type Menus, type Tabs} from '../platform/browser.ts';
import {explain} from '../shared/errors.ts';
import type {ClipMode} from '../shared/messages.ts';
import {db} from '../storage/default-db.ts';
import {clipTab} from './clip-tab.ts';
import {afterLibraryWrite} from './after-write.ts';

export const MENU_CLIP_PAGE = 'govclip-clip-page';
export const MENU_CLIP_SELECTION = 'govclip-clip-selection';

export function createMenus(): void {
	// Menus persist across restarts; recreating them on install/update is what Chrome documents.
	void browser.contextMenus.removeAll().then(() => {
		browser.contextMenus.create({id: MENU_CLIP_PAGE, title: browser.i18n.getMessage('clipThisPage') || 'Clip this page', contexts: ['page']});
		browser.contextMenus.create({id: MENU_CLIP_SELECTION, title: 'Clip selection', contexts: ['selection']});
	});
}

export function onMenuClicked(info: Menus.OnClickData, tab?: Tabs.Tab): void {
	const mode: ClipMode = info.menuItemId === MENU_CLIP_SELECTION ? 'selection' : 'article';
	if (info.menuItemId === MENU_CLIP_PAGE || info.menuItemId === MENU_CLIP_SELECTION) {
		void clipAndReport(tab?.id, mode);
	}
}

export function onCommand(command: string, tab?: Tabs.Tab): void {
	if (command === 'clip-page') {
		void clipAndReport(tab?.id, 'article');
	}
}

async function clipAndReport(tabId: number | undefined, mode: ClipMode): Promise<void> {
	const badge = (text: string, color: string, title: string) => Promise.all([
		browser.action.setBadgeText({text, ...(tabId === undefined ? {} : {tabId})}),
		browser.action.setBadgeBackgroundColor({color, ...(tabId === undefined ? {} : {tabId})}),
		browser.action.setTitle({title, ...(tabId === undefined ? {} : {tabId})}),
	]);
	try {
		await badge('…', '#1d4e89', 'GovClip: reading page…');
		const result = await clipTab(db, {tabId, mode});
		afterLibraryWrite(db, {changed: result.status !== 'unchanged'});
		const verb = result.status === 'unchanged' ? 'Already clipped' : result.status === 'updated' ? 'Updated' : 'Saved';
		await badge('✓', '#2e7d32', `GovClip: ${verb}: ${result.title}`);
	} catch (error) {
		console.warn('GovClip: clip failed', error);
		await badge('!', '#b3261e', `GovClip: ${explain(error)}`).catch(() => undefined);
	}
}
