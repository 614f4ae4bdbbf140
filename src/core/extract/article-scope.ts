/**
 * The element that holds the article: the smallest ancestor shared by its headline and its densest run of
 * paragraphs. Contacts and links "attached to the article" live inside it; sidebars and site furniture do not.
 */
import {cleanText, isHidden, isScreenReaderOnly} from './block-text.ts';
import {isSiteChrome} from './site-chrome.ts';

const MIN_PARAGRAPH = 25;

export type ArticleScope = {
	/** The article's container (falls back to `<body>` when the page has no clear article). */
	root: Element;
	/** The container of the body paragraphs, inside `root`. */
	body: Element;
	/** The headline element, when one was found. */
	title: Element | null;
};

export function findArticleScope(doc: Document): ArticleScope {
	const page = doc.body ?? doc.documentElement;
	// Paragraphs in furniture (cookie notices, pop-ups, mega menus) first; all of them if that leaves nothing.
	const body = densestContainer(page, true) ?? densestContainer(page, false) ?? page;
	const title = headlineBefore(doc, body);
	let root = title ? commonAncestor(title, body) : body;
	if (!root || root === page || root === doc.documentElement) {
		// The headline sits in a page-wide banner: trust the paragraphs' own article or main element instead.
		root = body.closest('article, main, [role="main"]') ?? body;
	}
	return {root, body, title};
}

/** Readability's idea, simplified: each paragraph scores its parent fully and its grandparent by half. */
function densestContainer(page: Element, skipFurniture: boolean): Element | null {
	const scores = new Map<Element, number>();
	for (const paragraph of page.querySelectorAll('p, pre, blockquote, td, dd, li')) {
		// Cheapest test first: most list items and cells are short.
		const text = paragraph.textContent ?? '';
		if (text.length < MIN_PARAGRAPH || cleanText(text).length < MIN_PARAGRAPH) {
			continue;
		}
		if (paragraph.querySelector('p, li, td') || paragraph.closest('nav, footer, [role="navigation"], [role="contentinfo"], form')) {
			continue;
		}
		if (skipFurniture && isSiteChrome(paragraph, null)) {
			continue;
		}
		const length = cleanText(text).length - linkTextLength(paragraph) * 0.8;
		if (length < MIN_PARAGRAPH) {
			continue;
		}
		// List items and table cells count less: menus and data tables are not prose.
		const weight = paragraph.tagName === 'P' || paragraph.tagName === 'BLOCKQUOTE' || paragraph.tagName === 'PRE' ? 1 : 0.4;
		const parent = paragraph.parentElement;
		if (parent) {
			scores.set(parent, (scores.get(parent) ?? 0) + length * weight);
			const grandparent = parent.parentElement;
			if (grandparent) {
				scores.set(grandparent, (scores.get(grandparent) ?? 0) + (length * weight) / 2);
			}
		}
	}
	let best: Element | null = null;
	let bestScore = 0;
	for (const [element, score] of scores) {
		if (score > bestScore) {
			best = element;
			bestScore = score;
		}
	}
	return best;
}

function linkTextLength(el: Element): number {
	let total = 0;
	for (const link of el.querySelectorAll('a')) {
		total += cleanText(link.textContent).length;
	}
	return total;
}

/**
 * The headline: among the visible `<h1>`s before the end of the body paragraphs, the last one the page title repeats,
 * else the last one; `<h2>` when the page has no usable `<h1>`. (GOV.UK's 2014 pages also use `<h1>` for "Detail".)
 */
function headlineBefore(doc: Document, body: Element): Element | null {
	const order = documentOrder(doc);
	const bodyEnd = lastDescendantIndex(body, order);
	const pageTitles = [doc.title, doc.querySelector('meta[property="og:title"]')?.getAttribute('content')]
		.map(title => cleanText(title).toLowerCase())
		.filter(Boolean);
	for (const level of ['h1', 'h2']) {
		const candidates: Element[] = [];
		for (const heading of doc.querySelectorAll(level)) {
			const index = order.get(heading) ?? Infinity;
			if (index > bodyEnd) {
				break;
			}
			if (isHidden(heading) || isScreenReaderOnly(heading) || !cleanText(heading.textContent)) {
				continue;
			}
			if (heading.closest('nav, footer, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"]')) {
				continue;
			}
			candidates.push(heading);
		}
		const named = candidates.filter(heading => {
			const text = cleanText(heading.textContent).toLowerCase();
			return text.length >= 10 && pageTitles.some(title => title.includes(text));
		});
		const found = named.at(-1) ?? candidates.at(-1);
		if (found) {
			return found;
		}
	}
	return null;
}

function documentOrder(doc: Document): Map<Element, number> {
	const order = new Map<Element, number>();
	let index = 0;
	for (const element of doc.querySelectorAll('*')) {
		order.set(element, index++);
	}
	return order;
}

function lastDescendantIndex(el: Element, order: Map<Element, number>): number {
	let last: Element = el;
	while (last.lastElementChild) {
		last = last.lastElementChild;
	}
	return order.get(last) ?? Infinity;
}

export function commonAncestor(a: Element, b: Element): Element | null {
	for (let ancestor: Element | null = a; ancestor; ancestor = ancestor.parentElement) {
		if (ancestor.contains(b)) {
			return ancestor;
		}
	}
	return null;
}
