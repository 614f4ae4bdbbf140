/**
 * Readability's article parse, with three of its per-element checks made cheap. Readability runs them on every
 * element of the page, and as written they read more than they need: the byline check builds the element's whole
 * text (for <body>, the page's) before testing whether the element could be a byline at all; the visibility check
 * builds a style object for elements that have no style attribute; the style clean-up asks each element to remove
 * fourteen attributes it mostly does not have. On a page of 50,000 elements that is a fifth of Readability's time.
 *
 * Each replacement gives the same answer as the method it replaces, written against @mozilla/readability 0.6; the
 * tests compare both on every element of the fixture pages and fail if the library renames what is replaced here.
 */
import {Readability} from '@mozilla/readability';

/** What the replacements read of Readability's instance. */
type ReadabilityInternals = {
	REGEXPS: {byline: RegExp};
	PRESENTATIONAL_ATTRIBUTES: string[];
	DEPRECATED_SIZE_ATTRIBUTE_ELEMS: string[];
};

type CheapChecks = {
	_isValidByline(this: ReadabilityInternals, node: Element, matchString: string): boolean;
	_isProbablyVisible(node: Element): boolean;
	_cleanStyles(this: ReadabilityInternals & CheapChecks, element: Element | null): void;
};

export const CHEAP_CHECKS: CheapChecks = {
	_isValidByline(node, matchString) {
		const rel = node.getAttribute('rel');
		const itemprop = node.getAttribute('itemprop');
		if (!(rel === 'author' || itemprop?.includes('author') || this.REGEXPS.byline.test(matchString))) {
			return false;
		}
		const bylineLength = node.textContent!.trim().length;
		return bylineLength > 0 && bylineLength < 100;
	},

	_isProbablyVisible(node) {
		// Without a style attribute, display and visibility are both empty: only the attributes can hide it.
		const style = node.hasAttribute('style') ? (node as HTMLElement).style : undefined;
		const className: unknown = node.className; // an SVG element's is an object
		return (!style || (style.display !== 'none' && style.visibility !== 'hidden'))
			&& !node.hasAttribute('hidden')
			&& (node.getAttribute('aria-hidden') !== 'true' || (typeof className === 'string' && className.includes('fallback-image')));
	},

	_cleanStyles(element) {
		if (!element || element.tagName.toLowerCase() === 'svg') {
			return;
		}
		if (element.hasAttributes()) {
			// Attribute names as strings: reading `attributes` would make an Attr object for each one.
			const sized = this.DEPRECATED_SIZE_ATTRIBUTE_ELEMS.includes(element.tagName);
			for (const name of new Set(element.getAttributeNames())) {
				if (this.PRESENTATIONAL_ATTRIBUTES.includes(name) || (sized && (name === 'width' || name === 'height'))) {
					element.removeAttribute(name);
				}
			}
		}
		for (let child = element.firstElementChild; child !== null; child = child.nextElementSibling) {
			this._cleanStyles(child);
		}
	},
};

/** The article Readability finds in `doc` (which it rewrites), as its element: it is cleaned before it becomes HTML. */
export function parseArticle(doc: Document) {
	try {
		// Classes are kept for that cleaning and dropped after it.
		const reader = new Readability<Element>(doc, {serializer: node => node as Element, keepClasses: true});
		return Object.assign(reader, CHEAP_CHECKS).parse();
	} catch {
		// A tree no browser would build can trip Readability: report "no article" rather than fail the clip.
		return null;
	}
}
