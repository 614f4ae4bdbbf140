/** Tabs and script injection: finds the tab to clip and makes sure our content script answers in it. */
import {browser, type Tabs} from './browser.ts';
import {AppError} from '../shared/errors.ts';
import type {ContentMessages} from '../shared/messages.ts';
import {sendToTab} from './messaging.ts';
import {withDeadline} from '../shared/deadline.ts';
import {isPageSize, measurePage, type PageSize} from './page-size.ts';

/**
 * Chromium never settles scripting.executeScript in some tabs (a view-source: page, whose address the extension
 * cannot see): a tiny probe injection answers within this, or the page is treated as unreadable.
 */
export const INJECT_PROBE_MS = 1500;
/** The content script itself, once the probe got in. */
export const INJECT_MS = 30_000;

export async function getTargetTab(tabId?: number): Promise<Tabs.Tab> {
	if (tabId !== undefined) {
		// The tab may have closed between the click and now: say so in words, not "No tab with id".
		return browser.tabs.get(tabId).catch(() => {
			throw new AppError('FRAME_NOT_ACCESSIBLE', 'The page to clip is no longer open. Open it again and try again.');
		});
	}
	// Without host permissions tabs carry no url, so match by focus, not by address.
	const [tab] = await browser.tabs.query({active: true, lastFocusedWindow: true});
	if (!tab?.id) {
		throw new AppError('FRAME_NOT_ACCESSIBLE', 'There is no open page to clip.');
	}
	return tab;
}

/**
 * A page the caller refuses on sight: the probe measures the page (elements, body text), and a refusal stops the clip
 * before the content script, a few hundred kilobytes of code, is injected at all.
 */
export type PageCheck = {refuse: (size: PageSize) => AppError | null};

/** Injects content.js unless a live copy already answers, so a second clip does not run it twice. */
export async function ensureContentScript(tabId: number, check?: PageCheck): Promise<void> {
	const alive = await sendToTab<ContentMessages, 'ping'>(tabId, 'ping', null).catch(() => false);
	if (alive) {
		return;
	}
	const unreadable = () => new AppError('FRAME_NOT_ACCESSIBLE', 'GovClip cannot read this page (the browser did not let it in). Browser pages such as view-source: cannot be clipped; for a web page, reload it and try again.');
	try {
		// injectImmediately: the probe must not wait for a big page to finish loading (content.js below does, and
		// the content script measures the page again before it reads it).
		const probe = {target: {tabId}, func: measurePage, injectImmediately: true} as Parameters<typeof browser.scripting.executeScript>[0];
		const [first] = await withDeadline(browser.scripting.executeScript(probe), INJECT_PROBE_MS, unreadable);
		const refusal = check && isPageSize(first?.result) ? check.refuse(first.result) : null;
		if (refusal) {
			throw refusal;
		}
		await withDeadline(browser.scripting.executeScript({target: {tabId}, files: ['content.js']}), INJECT_MS, unreadable);
	} catch (error) {
		if (error instanceof AppError) {
			throw error;
		}
		throw explainInjectionFailure(error);
	}
}

/** Browsers say why injection failed in their own words; map them to our codes. */
export function explainInjectionFailure(error: unknown): AppError {
	const message = error instanceof Error ? error.message : String(error);
	if (/chrome:\/\/|about:|gallery cannot be scripted|extensions gallery|addons\.mozilla|restricted|moz-extension|chrome-extension/i.test(message)) {
		return new AppError('RESTRICTED_PAGE');
	}
	if (/permission|Cannot access contents/i.test(message)) {
		return new AppError('NO_PERMISSION');
	}
	if (/frame|No tab with id|error page/i.test(message)) {
		return new AppError('FRAME_NOT_ACCESSIBLE');
	}
	return new AppError('FRAME_NOT_ACCESSIBLE', `GovClip cannot read this page (${message}).`);
}
