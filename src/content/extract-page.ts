/**
 * Reads the live page for a clip: refuses what cannot be clipped, within a size budget, then either extracts a copy
 * here, with the sanitiser of this window, or hands the page over as HTML for extraction in the background.
 */
import type {WindowLike} from 'dompurify';
import type {ClipMode, PageRead, PageSnapshot} from '../shared/messages.ts';
import {classifyContentType} from '../core/clip/page-access.ts';
import {LIMITS} from '../core/clip/check-extraction.ts';
import {extractClip} from '../core/extract/extract-clip.ts';
import {extractSelection} from '../core/extract/extract-selection.ts';
import {createSanitizer} from '../core/sanitize/sanitizer.ts';
import {timedRead} from '../core/sanitize/timed-sanitizer.ts';
import {copyOf, packHtml, selectionCopy, serializePage, snapshotHtml, withoutHeadNoscript} from '../platform/page-copy.ts';
import {measurePage, pageTooLarge} from '../platform/page-size.ts';

export {MAX_ELEMENTS} from '../platform/page-size.ts';

/**
 * Above this many characters of HTML a page is extracted where it is rather than sent as a snapshot: a message that
 * size costs more than it saves. Pages this big are nearly all markup (inline images, data attributes).
 */
export const MAX_SNAPSHOT_CHARS = 24 * 1024 * 1024;

export function extractPage(page: Document, window: Window, {url, now, mode}: {url: string; now: number; mode: ClipMode}): PageRead {
	// Stored HTML keeps image addresses; extension pages decide at render time whether to load them.
	return timedRead(createSanitizer(window as unknown as WindowLike, {loadRemoteImages: true}), () => performance.now(), sanitizer => {
		const {whole, selection} = choosePage(page, window, mode);
		const options = {url, now, sanitizer};
		// Readability rewrites the tree it is given: never hand it the live page.
		if (selection) {
			return extractSelection(selection, whole ? copyOf(page, window) : null, options);
		}
		return extractClip(copyOf(page, window), options);
	});
}

/**
 * The same choice as `extractPage`, handed over as HTML: the page's (when it is read whole) and the selection's.
 * Null when the HTML is too big to send; the caller then asks for `extractPage`.
 */
export function snapshotPage(page: Document, window: Window, {url, mode}: {url: string; mode: ClipMode}): PageSnapshot | null {
	const {whole, selection} = choosePage(page, window, mode);
	const html = whole ? snapshotHtml(page, window) : null;
	const selectionHtml = selection ? serializePage(withoutHeadNoscript(selection, window), window) : null;
	if ((html?.length ?? 0) + (selectionHtml?.length ?? 0) > MAX_SNAPSHOT_CHARS) {
		return null;
	}
	const baseUri = Object.getOwnPropertyDescriptor((window as unknown as {Node: typeof Node}).Node.prototype, 'baseURI')!.get!.call(page) as string;
	return {url, baseUri, html: html === null ? null : packHtml(html), selectionHtml: selectionHtml === null ? null : packHtml(selectionHtml)};
}

/**
 * What a clip reads: the whole page, the selection, or the selection with the whole page for its metadata. Throws the
 * refusal (NOT_HTML, TOO_LARGE) instead. The page is measured before anything is copied or read: an oversized page
 * fails at once, not after seconds of extraction and a refusal of the result (the background takes no article over
 * LIMITS.text characters).
 */
function choosePage(page: Document, window: Window, mode: ClipMode): {whole: boolean; selection: Document | null} {
	const refusal = classifyContentType(page.contentType);
	if (refusal) {
		throw refusal;
	}
	const refusalFor = (doc: Document) => pageTooLarge(measurePage(doc, window), LIMITS.text);
	const tooLarge = refusalFor(page);
	const selection = mode === 'selection' ? selectionCopy(page, window) : null;
	if (selection) {
		// A selection is what the person chose on a page too big to clip whole: it is measured on its own.
		const selectionTooLarge = refusalFor(selection);
		if (selectionTooLarge) {
			throw selectionTooLarge;
		}
	} else if (tooLarge) {
		throw tooLarge;
	}
	return {whole: !tooLarge, selection};
}
