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

/** The DOM classes of a window (a realm's own prototypes, which page markup cannot shadow). */
type DomClasses = {Document: typeof Document; Element: typeof Element; Node: typeof Node};
const domClasses = (window: Window) => window as unknown as DomClasses;

export function extractPage(page: Document, window: Window, {url, now, mode}: {url: string; now: number; mode: ClipMode}): Extraction {
	const refusal = classifyContentType(page.contentType);
	if (refusal) {
		throw refusal;
	}
	// Through the prototypes: a page's `<img name="getElementsByTagName">` shadows the document's own method.
	const elements = domClasses(window).Document.prototype.getElementsByTagName.call(page, '*').length;
	if (elements > MAX_ELEMENTS) {
		throw new AppError('TOO_LARGE', `This page has ${elements.toLocaleString('en')} elements, more than GovClip reads safely (${MAX_ELEMENTS.toLocaleString('en')}). Select the article text and use "Clip selection".`);
	}
	// Readability rewrites the tree it is given: never hand it the live page.
	const copy = copyOf(page, window);
	// Stored HTML keeps image addresses; extension pages decide at render time whether to load them.
	const sanitizer = createSanitizer(window as unknown as WindowLike, {loadRemoteImages: true});
	if (mode === 'selection' && keepOnlySelection(copy, window.getSelection())) {
		// The selection came from the live page: defuse what it brought into the copy too.
		defuseClobbering(copy, window);
		// The department and dates are often printed in the page around the article, outside the selection:
		// read them from a whole copy, and keep the selection's text, contacts and links.
		const whole = extractClip(copyOf(page, window), {url, now, sanitizer});
		return withPageMetadata(extractClip(copy, {url, now, sanitizer}), whole);
	}
	return extractClip(copy, {url, now, sanitizer});
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
	for (const element of byTag('*')) {
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
