/** Whether the person has selected text in a tab: decides if the popup offers "Clip selection". */
import {browser} from './browser.ts';
import {getTargetTab} from './tabs.ts';

/** Runs in the page: a non-empty, non-collapsed selection. Self-contained, because it is serialised into the tab. */
function pageSelectionState(): boolean {
	const selection = globalThis.getSelection?.();
	return Boolean(selection && !selection.isCollapsed && selection.toString().trim() !== '');
}

/**
 * False when there is none, or when the page cannot be read (a browser page, no access): the popup then
 * simply offers no "Clip selection", and "Clip this page" still says why in words.
 */
export async function tabHasSelection(tabId?: number): Promise<boolean> {
	try {
		const tab = await getTargetTab(tabId);
		const [frame] = await browser.scripting.executeScript({target: {tabId: tab.id!}, func: pageSelectionState});
		return frame?.result === true;
	} catch {
		return false;
	}
}
