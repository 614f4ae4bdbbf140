/** Runs core extraction on a copy of the live page, within a size budget, with the sanitiser of this window. */
import type {WindowLike} from 'dompurify';
import type {ClipMode} from '../shared/messages.ts';
import type {Extraction} from '../shared/types.ts';
import {classifyContentType} from '../core/clip/page-access.ts';
import {LIMITS} from '../core/clip/check-extraction.ts';
import {extractClip} from '../core/extract/extract-clip.ts';
import {createSanitizer} from '../core/sanitize/sanitizer.ts';
import {measurePage, pageTooLarge} from '../platform/page-size.ts';

export {MAX_ELEMENTS} from '../platform/page-size.ts';

/** The DOM classes of a window (a realm's own prototypes, which page markup cannot shadow). */
type DomClasses = {Document: typeof Document; Element: typeof Element; Node: typeof Node};
const domClasses = (window: Window) => window as unknown as DomClasses;

export function extractPage(page: Document, window: Window, {url, now, mode}: {url: string; now: number; mode: ClipMode}): Extraction {
	const refusal = classifyContentType(page.contentType);
	if (refusal) {
		throw refusal;
	}
	// Measured before anything is copied or read: an oversized page fails at once, not after seconds of extraction
	// and a refusal of the result (the background takes no article over LIMITS.text characters).
	const refusalFor = (doc: Document) => pageTooLarge(measurePage(LIMITS.text, doc, window), LIMITS.text);
	const tooLarge = refusalFor(page);
	const selected = mode === 'selection' ? selectionCopy(page, window) : null;
	if (selected) {
		// A selection is what the person chose on a page too big to clip whole: it is measured on its own.
		const selectionTooLarge = refusalFor(selected);
		if (selectionTooLarge) {
			throw selectionTooLarge;
		}
	} else if (tooLarge) {
		throw tooLarge;
	}
	// Stored HTML keeps image addresses; extension pages decide at render time whether to load them.
	const sanitizer = createSanitizer(window as unknown as WindowLike, {loadRemoteImages: true});
	if (selected) {
		const clip = extractClip(selected, {url, now, sanitizer});
		if (tooLarge) {
			return clip;
		}
		// The department and dates are often printed in the page around the article, outside the selection:
		// read them from a whole copy (when the page is small enough to read), and keep the selection's text,
		// contacts and links.
		return withPageMetadata(clip, extractClip(copyOf(page, window), {url, now, sanitizer}));
	}
	// Readability rewrites the tree it is given: never hand it the live page.
	return extractClip(copyOf(page, window), {url, now, sanitizer});
}

/** A copy of the page for Readability, cloned through the realm's own prototype and with clobbering defused. */
function copyOf(page: Document, window: Window): Document {
	const copy = domClasses(window).Node.prototype.cloneNode.call(page, true) as Document;
	defuseClobbering(copy, window);
	return copy;
}

/**
 * Named form controls and named images shadow DOM properties: in `<form><input name="parentNode"></form>`,
 * `form.parentNode` is the input, whose parent is the form again, so Readability's walk up the tree never ends and the
 * tab hangs. In the copy, forms become plain containers (their controls are never clipped) and any name or id that
 * shadows a property of the document is dropped. Only the prototypes' own methods are used here, for the same reason.
 */
export function defuseClobbering(copy: Document, window: Window): void {
	const {Document: DocumentClass, Element: ElementClass, Node: NodeClass} = domClasses(window);
	const byTag = (tag: string) => Array.from(DocumentClass.prototype.getElementsByTagName.call(copy, tag));
	const childNodes = Object.getOwnPropertyDescriptor(NodeClass.prototype, 'childNodes')!.get!;
	for (const form of byTag('form')) {
		const container = DocumentClass.prototype.createElement.call(copy, 'div');
		ElementClass.prototype.append.call(container, ...Array.from(childNodes.call(form) as NodeListOf<ChildNode>));
		ElementClass.prototype.replaceWith.call(form, container);
	}
	for (const element of Array.from(DocumentClass.prototype.querySelectorAll.call(copy, '[name], [id]'))) {
		for (const attribute of ['name', 'id']) {
			const value = ElementClass.prototype.getAttribute.call(element, attribute);
			if (value && value in DocumentClass.prototype) {
				ElementClass.prototype.removeAttribute.call(element, attribute);
			}
		}
	}
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

/**
 * A document holding the page's head (its metadata) and, as its body, what the person selected; null when nothing
 * is selected. Only the head and the selection are copied, so a selection on a huge page stays cheap.
 */
function selectionCopy(page: Document, window: Window): Document | null {
	const selection = window.getSelection();
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
		return null;
	}
	const {Document: DocumentClass, Element: ElementClass, Node: NodeClass} = domClasses(window);
	const clone = <T extends Node>(node: T, deep: boolean) => NodeClass.prototype.cloneNode.call(node, deep) as T;
	const read = <T>(name: 'documentElement' | 'head') => Object.getOwnPropertyDescriptor(DocumentClass.prototype, name)?.get?.call(page) as T | null;
	const copy = clone(page, false); // keeps the page's address, type and encoding
	const root = read<HTMLElement>('documentElement');
	const html = root ? clone(root, false) : DocumentClass.prototype.createElement.call(copy, 'html');
	NodeClass.prototype.appendChild.call(copy, html);
	const head = read<HTMLHeadElement>('head');
	NodeClass.prototype.appendChild.call(html, head ? clone(head, true) : DocumentClass.prototype.createElement.call(copy, 'head'));
	const body = DocumentClass.prototype.createElement.call(copy, 'body');
	const article = DocumentClass.prototype.createElement.call(copy, 'article');
	for (let index = 0; index < selection.rangeCount; index++) {
		ElementClass.prototype.append.call(article, DocumentClass.prototype.importNode.call(copy, selection.getRangeAt(index).cloneContents(), true));
	}
	NodeClass.prototype.appendChild.call(body, article);
	NodeClass.prototype.appendChild.call(html, body);
	// The selection came from the live page: defuse what it brought into the copy too.
	defuseClobbering(copy, window);
	return copy;
}
