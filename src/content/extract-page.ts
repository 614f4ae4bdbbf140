/** Runs core extraction on a copy of the live page, within a size budget, with the sanitiser of this window. */
import type {WindowLike} from 'dompurify';
import {AppError} from '../shared/errors.ts';
import type {ClipMode} from '../shared/messages.ts';
import type {Extraction} from '../shared/types.ts';
import {classifyContentType} from '../core/clip/page-access.ts';
import {extractClip} from '../core/extract/extract-clip.ts';
import {createSanitizer} from '../core/sanitize/sanitizer.ts';

/** Above this, Readability's scoring takes many seconds and the tab stops responding. */
export const MAX_ELEMENTS = 60_000;

export function extractPage(page: Document, window: Window, {url, now, mode}: {url: string; now: number; mode: ClipMode}): Extraction {
	const refusal = classifyContentType(page.contentType);
	if (refusal) {
		throw refusal;
	}
	const elements = page.getElementsByTagName('*').length;
	if (elements > MAX_ELEMENTS) {
		throw new AppError('TOO_LARGE', `This page has ${elements.toLocaleString('en')} elements, more than GovClip reads safely (${MAX_ELEMENTS.toLocaleString('en')}). Select the article text and use "Clip selection".`);
	}
	// Readability rewrites the tree it is given: never hand it the live page.
	const copy = page.cloneNode(true) as Document;
	// Stored HTML keeps image addresses; extension pages decide at render time whether to load them.
	const sanitizer = createSanitizer(window as unknown as WindowLike, {loadRemoteImages: true});
	if (mode === 'selection' && keepOnlySelection(copy, window.getSelection())) {
		// The department and dates are often printed in the page around the article, outside the selection:
		// read them from a whole copy, and keep the selection's text, contacts and links.
		const whole = extractClip(page.cloneNode(true) as Document, {url, now, sanitizer});
		return withPageMetadata(extractClip(copy, {url, now, sanitizer}), whole);
	}
	return extractClip(copy, {url, now, sanitizer});
}

const PAGE_FIELDS = ['title', 'canonicalUrl', 'publisher', 'byline', 'publishedAt', 'updatedAt', 'language', 'documentType'] as const;

function withPageMetadata(selected: Extraction, whole: Extraction): Extraction {
	const merged = {...selected};
	for (const field of PAGE_FIELDS) {
		const value = whole[field];
		if (value) {
			(merged as Record<string, unknown>)[field] = value;
		}
	}
	return merged;
}

/** Replaces the copy's body with what the person selected, keeping the head (metadata) intact; false when nothing is selected. */
function keepOnlySelection(copy: Document, selection: Selection | null): boolean {
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
		return false;
	}
	const article = copy.createElement('article');
	for (let index = 0; index < selection.rangeCount; index++) {
		article.append(copy.importNode(selection.getRangeAt(index).cloneContents(), true));
	}
	copy.body.replaceChildren(article);
	return true;
}
