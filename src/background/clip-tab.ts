/** Clips one tab: refuse what cannot be clipped, inject on demand, read the article, check, save in one transaction. */
import {AppError} from '../shared/errors.ts';
import {withDeadline} from '../shared/deadline.ts';
import type {ClipMode, ReadTimings, SaveResult} from '../shared/messages.ts';
import {classifyContentType, classifyPageUrl} from '../core/clip/page-access.ts';
import {checkExtraction, LIMITS} from '../core/clip/check-extraction.ts';
import {saveExtraction, toSummary} from '../storage/clips.ts';
import type {ClipDb} from '../storage/db.ts';
import {ensureContentScript, getTargetTab} from '../platform/tabs.ts';
import {pageTooLarge} from '../platform/page-size.ts';
import {browser} from '../platform/browser.ts';
import {readArticle} from './read-article.ts';

export async function clipTab(db: ClipDb, {tabId, mode = 'article'}: {tabId?: number; mode?: ClipMode}): Promise<SaveResult> {
	const tab = await getTargetTab(tabId);
	// Without activeTab or a host permission the URL is hidden; injection below then says why it failed.
	const refusal = tab.url ? classifyPageUrl(tab.url) : null;
	if (refusal) {
		throw refusal;
	}
	// A page that is not HTML, or too big to clip whole, is refused from the injection probe's measure, before the
	// content script is injected. A selection is measured by the content script itself.
	await ensureContentScript(tab.id!, {
		refuse: size => classifyContentType(size.contentType) ?? (mode === 'article' ? pageTooLarge(size, LIMITS.text) : null),
	});
	const read = await withDeadline(readArticle(tab.id!, mode), EXTRACT_DEADLINE_MS,
		() => new AppError('TOO_LARGE', `This page took more than ${EXTRACT_DEADLINE_MS / 1000} seconds to read, so GovClip stopped. Select the article text and use "Clip selection".`));
	// The page's address comes from the browser, never from what the page says about itself.
	const pageUrl = (await browser.tabs.get(tab.id!)).url ?? tab.url;
	if (!pageUrl) {
		throw new AppError('NO_PERMISSION');
	}
	// What the content script sent is checked as any page's input is: it ran in the page's process.
	const checked = checkExtraction((read as Partial<typeof read> | null)?.extraction, pageUrl);
	if (!checked.isArticle) {
		throw new AppError('NO_ARTICLE', checked.reason ? `${checked.reason} ${ERROR_HINT}` : undefined);
	}
	const saveStarted = performance.now();
	const {status, clip, changes} = await saveExtraction(db, checked, {now: Date.now()});
	return {...toSummary(clip), status, changes, timings: {...readTimings(read.timings), saveMs: performance.now() - saveStarted}};
}

/** The read's timings as sent, a number or NaN each (JSON null): they are only reported. */
function readTimings(timings: unknown): ReadTimings {
	const ms = (value: unknown) => (typeof value === 'number' ? value : NaN);
	const sent = (typeof timings === 'object' && timings !== null ? timings : {}) as Partial<Record<keyof ReadTimings, unknown>>;
	return {readMs: ms(sent.readMs), sanitizeMs: ms(sent.sanitizeMs)};
}

/** A page whose reading never finishes (a pathological tree the content script's checks missed) still gets an answer. */
export const EXTRACT_DEADLINE_MS = 20_000;

const ERROR_HINT = 'Open the news item itself, or select its text and use "Clip selection".';
