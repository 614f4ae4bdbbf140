/**
 * Readability's article parse, with three of its per-element checks made cheap. Readability runs them on every
 * element of the page, and as written they read more than they need: the byline check builds the element's whole
 * text (for <body>, the page's) before testing whether the element could be a byline at all; the visibility check
 * builds a style object for elements that have no style attribute; the style clean-up asks each element to remove
 * fourteen attributes it mostly does not have. On a page of 50,000 elements that is a fifth of Readability's time.
 * Its `parse` also writes the whole article out as HTML for a debug message, even with debugging off: the one here
 * does not.
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

/** What `parse` reads and calls of Readability's instance. */
type ParseInternals = {
	_doc: Document;
	_maxElemsToParse: number;
	_disableJSONLD: boolean;
	_metadata: ArticleMetadata;
	_articleTitle: string;
	_articleByline: string | null;
	_articleDir: string | null;
	_articleLang: string | null;
	_articleSiteName: string | null;
	_serializer(element: Element): Element;
	_unwrapNoscriptImages(doc: Document): void;
	_getJSONLD(doc: Document): object;
	_removeScripts(doc: Document): void;
	_prepDocument(): void;
	_getArticleMetadata(jsonLd: object): ArticleMetadata;
	_grabArticle(): Element | null;
	_postProcessContent(article: Element): void;
};

type ArticleMetadata = {title: string; byline?: string | null; excerpt?: string | null; siteName?: string | null; publishedTime?: string | null};

type ParsedArticle = ReturnType<Readability<Element>['parse']>;

type CheapChecks = {
	_isValidByline(this: ReadabilityInternals, node: Element, matchString: string): boolean;
	_isProbablyVisible(node: Element): boolean;
	_cleanStyles(this: ReadabilityInternals & CheapChecks, element: Element | null): void;
	parse(this: ParseInternals): ParsedArticle;
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

	// Readability 0.6's parse, step for step, without `this.log("Grabbed: " + articleContent.innerHTML)`.
	parse() {
		if (this._maxElemsToParse > 0) {
			const numTags = this._doc.getElementsByTagName('*').length;
			if (numTags > this._maxElemsToParse) {
				throw new Error(`Aborting parsing document; ${numTags} elements found`);
			}
		}
		this._unwrapNoscriptImages(this._doc);
		const jsonLd = this._disableJSONLD ? {} : this._getJSONLD(this._doc);
		this._removeScripts(this._doc);
		this._prepDocument();
		const metadata = this._getArticleMetadata(jsonLd);
		this._metadata = metadata;
		this._articleTitle = metadata.title;
		const articleContent = this._grabArticle();
		if (!articleContent) {
			return null;
		}
		this._postProcessContent(articleContent);
		if (!metadata.excerpt) {
			const paragraphs = articleContent.getElementsByTagName('p');
			if (paragraphs.length) {
				metadata.excerpt = paragraphs[0]!.textContent!.trim();
			}
		}
		const textContent = articleContent.textContent!;
		return {
			title: this._articleTitle,
			byline: metadata.byline || this._articleByline,
			dir: this._articleDir,
			lang: this._articleLang,
			content: this._serializer(articleContent),
			textContent,
			length: textContent.length,
			excerpt: metadata.excerpt,
			siteName: metadata.siteName || this._articleSiteName,
			publishedTime: metadata.publishedTime,
		} as ParsedArticle;
	},
};

/** The article Readability finds in `doc` (which it rewrites), as its element: it is cleaned before it becomes HTML. */
export function parseArticle(doc: Document) {
	try {
		// Classes are kept for that cleaning and dropped after it.
		const reader = new Readability<Element>(doc, {serializer: node => node as Element, keepClasses: true});
		return (Object.assign(reader, CHEAP_CHECKS) as unknown as Readability<Element>).parse();
	} catch {
		// A tree no browser would build can trip Readability: report "no article" rather than fail the clip.
		return null;
	}
}
