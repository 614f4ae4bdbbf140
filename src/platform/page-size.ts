/**
 * How big a page is, measured cheaply before anything copies or reads it: the injection probe and the content script
 * both refuse an oversized page with TOO_LARGE at once, instead of after seconds of extraction.
 */
import {AppError} from '../shared/errors.ts';

/** Above this, Readability's scoring takes many seconds and the tab stops responding. */
export const MAX_ELEMENTS = 60_000;

export type PageSize = {contentType: string; elements: number; textLength: number};

/**
 * Counts the document's elements and the characters of its body text outside script, style and noscript elements.
 * Injected as is by scripting.executeScript, so it is self-contained: no imports, no module variables, and `page` and
 * `realm` default to the page's own. It reads through the realm's prototypes: a page's `<img name="body">` or
 * `<img name="getElementsByTagName">` shadows the document's own.
 *
 * The text is read as one string (textContent) rather than node by node: touching each of a big page's text nodes
 * from script costs ten times as much, once in the probe's world and again in the content script's. Text a string
 * cannot hold is more than any clip holds.
 */
export function measurePage(page: Document = document, realm: Window = window): PageSize {
	const {Document: DocumentClass, Element: ElementClass, Node: NodeClass} = realm as unknown as {Document: typeof Document; Element: typeof Element; Node: typeof Node};
	const getter = (prototype: object, name: string) => Object.getOwnPropertyDescriptor(prototype, name)?.get;
	const read = (name: 'contentType' | 'body') => {
		const get = getter(DocumentClass.prototype, name);
		return get ? get.call(page) : page[name];
	};
	const contentType = String(read('contentType'));
	const elements = DocumentClass.prototype.getElementsByTagName.call(page, '*').length;
	const body = read('body') as HTMLElement | null;
	if (!body) {
		return {contentType, elements, textLength: 0};
	}
	const textOf = getter(NodeClass.prototype, 'textContent')!;
	const nameOf = getter(NodeClass.prototype, 'nodeName')!;
	const childrenOf = getter(NodeClass.prototype, 'childNodes')!;
	let textLength: number;
	try {
		textLength = (textOf.call(body) as string).length;
	} catch {
		return {contentType, elements, textLength: Number.MAX_SAFE_INTEGER};
	}
	// What a reader never sees: the text directly inside HTML script, style and noscript elements.
	for (const hidden of ElementClass.prototype.querySelectorAll.call(body, 'script, style, noscript')) {
		const name = nameOf.call(hidden);
		if (name === 'SCRIPT' || name === 'STYLE' || name === 'NOSCRIPT') {
			for (const child of childrenOf.call(hidden) as NodeListOf<ChildNode>) {
				if (child.nodeType === 3 /* Node.TEXT_NODE */) {
					textLength -= (child as Text).data.length;
				}
			}
		}
	}
	return {contentType, elements, textLength};
}

/** TOO_LARGE in words when a page (or a selection) is over the element cap or has more text than a clip may hold. */
export function pageTooLarge({elements, textLength}: PageSize, textLimit: number): AppError | null {
	if (elements > MAX_ELEMENTS) {
		return new AppError('TOO_LARGE', `This page has ${elements.toLocaleString('en')} elements, more than GovClip reads safely (${MAX_ELEMENTS.toLocaleString('en')}). Select the article text and use "Clip selection".`);
	}
	if (textLength > textLimit) {
		return new AppError('TOO_LARGE', `This page has more than ${textLimit.toLocaleString('en')} characters of text, more than one clip holds. Select the article text and use "Clip selection".`);
	}
	return null;
}

/** What the injection probe sent back, checked: it comes from a web page's world. */
export function isPageSize(value: unknown): value is PageSize {
	const size = value as PageSize | null;
	return typeof size === 'object' && size !== null && typeof size.contentType === 'string'
		&& Number.isInteger(size.elements) && Number.isInteger(size.textLength);
}
