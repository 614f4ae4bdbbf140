/** Extracts a page handed over as HTML (a PageSnapshot), in the realm of the window given: see read-article.firefox.ts. */
import type {WindowLike} from 'dompurify';
import type {PackedHtml, PageRead, PageSnapshot} from '../shared/messages.ts';
import {extractClip} from '../core/extract/extract-clip.ts';
import {extractSelection} from '../core/extract/extract-selection.ts';
import {createSanitizer} from '../core/sanitize/sanitizer.ts';
import {timedRead} from '../core/sanitize/timed-sanitizer.ts';
import {parsePage, unpackHtml} from '../platform/page-copy.ts';

/**
 * The same extraction the content script runs on its copy of the page (content/extract-page.ts); null when the
 * snapshot does not parse back into the page it was written from (`parsePage`): the page is then read where it is.
 */
export function extractSnapshot(snapshot: PageSnapshot, window: Window, {now}: {now: number}): PageRead | null {
	const start = performance.now();
	const parse = (html: PackedHtml | null) => (html === null ? null : parsePage(unpackHtml(html), snapshot.baseUri, window));
	const whole = parse(snapshot.html);
	const selection = parse(snapshot.selectionHtml);
	if ((snapshot.html !== null && !whole) || (snapshot.selectionHtml !== null && !selection)) {
		return null;
	}
	// Stored HTML keeps image addresses; extension pages decide at render time whether to load them.
	// The read counts from the snapshot's parse, as the content script's counts from its copy of the page.
	return timedRead(createSanitizer(window as unknown as WindowLike, {loadRemoteImages: true}), () => performance.now(), sanitizer => {
		const options = {url: snapshot.url, now, sanitizer};
		return selection ? extractSelection(selection, whole, options) : extractClip(whole!, options);
	}, start);
}
