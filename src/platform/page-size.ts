/**
 * How big a page is, measured cheaply before anything copies or reads it: the injection probe and the content script
 * both refuse an oversized page with TOO_LARGE at once, instead of after seconds of extraction.
 */
import {AppError} from '../shared/errors.ts';

/** Above this, Readability's scoring takes many seconds and the tab stops responding. */
export const MAX_ELEMENTS = 60_000;

export type PageSize = {contentType: string; elements: number; textLength: number};

/**
 * Counts the document's elements and the characters of its body text outside script and style elements, the text
 * only up to `textLimit` + 1 (the count stops there). Injected as is by scripting.executeScript, so it is
 * self-contained: no imports, no module variables, and `page` and `realm` default to the page's own. It reads through
 * the realm's prototypes: a page's `<img name="body">` or `<img name="getElementsByTagName">` shadows the document's own.
 */
export function measurePage(textLimit: number, page: Document = document, realm: Window = window): PageSize {
	const {Document: DocumentClass, TreeWalker: TreeWalkerClass} = realm as unknown as {Document: typeof Document; TreeWalker: typeof TreeWalker};
	const read = (name: 'contentType' | 'body') => {
		const getter = Object.getOwnPropertyDescriptor(DocumentClass.prototype, name)?.get;
		return getter ? getter.call(page) : page[name];
	};
	const contentType = String(read('contentType'));
	const elements = DocumentClass.prototype.getElementsByTagName.call(page, '*').length;
	const body = read('body') as HTMLElement | null;
	let textLength = 0;
	if (body) {
		const walker = DocumentClass.prototype.createTreeWalker.call(page, body, 4 /* NodeFilter.SHOW_TEXT */);
		for (let node = TreeWalkerClass.prototype.nextNode.call(walker); node && textLength <= textLimit; node = TreeWalkerClass.prototype.nextNode.call(walker)) {
			const parent = node.parentNode?.nodeName;
			if (parent !== 'SCRIPT' && parent !== 'STYLE' && parent !== 'NOSCRIPT') {
				textLength += (node as Text).data.length;
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
