/**
 * The element that holds the article: the smallest ancestor shared by its headline and its densest run of
 * paragraphs. Contacts and links "attached to the article" live inside it; sidebars and site furniture do not.
 */
import {cleanText, isHidden, isScreenReaderOnly} from './block-text.ts';
import {cleanLength} from './clean-text.ts';
import {ancestorPassesAt, ATTRIBUTE, attributeIf, elementsWithTag, textAt, textsUnder, type ElementFacts, type IndexVerdicts} from './element-facts.ts';
import {closestWhere, tagSet} from './dom-walk.ts';
import {pageFacts} from './page-index.ts';
import {isSiteChrome} from './site-chrome.ts';

const MIN_PARAGRAPH = 25;
const PARAGRAPH_TAGS = new Set(['P', 'PRE', 'BLOCKQUOTE', 'TD', 'DD', 'LI']);
const NESTED_PARAGRAPH = tagSet(['P', 'LI', 'TD']);
const LINK = tagSet(['A']);
const OUTSIDE_ROLES = new Set(['navigation', 'contentinfo']);
const HEADLINE_OUTSIDE_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search']);

export type ArticleScope = {
	/** The article's container (falls back to `<body>` when the page has no clear article). */
	root: Element;
	/** The container of the body paragraphs, inside `root`. */
	body: Element;
	/** The headline element, when one was found. */
	title: Element | null;
};

/** `facts`: the document's element facts, when the caller has walked it already. */
export function findArticleScope(doc: Document, facts: ElementFacts = pageFacts(doc)): ArticleScope {
	const {elements, order} = facts;
	const page = doc.body ?? doc.documentElement;
	const start = (order.get(page) ?? 0) + 1;
	const end = Math.min(lastDescendantIndex(page, order) + 1, elements.length);
	// Paragraphs in furniture (cookie notices, pop-ups, mega menus) first; all of them if that leaves nothing.
	// Whether each element or an ancestor is navigation, a footer or a form: both passes climb from the same paragraphs.
	const outside: IndexVerdicts = new Int8Array(elements.length);
	const body = densestContainer(facts, start, end, true, outside) ?? densestContainer(facts, start, end, false, outside) ?? page;
	const title = headlineBefore(doc, body, facts);
	let root = title ? commonAncestor(title, body) : body;
	if (!root || root === page || root === doc.documentElement) {
		// The headline sits in a page-wide banner: trust the paragraphs' own article or main element instead.
		root = closestWhere(body, node => node.tagName === 'ARTICLE' || node.tagName === 'MAIN' || node.getAttribute('role') === 'main') ?? body;
	}
	return {root, body, title};
}

/** Readability's idea, simplified: each paragraph scores its parent fully and its grandparent by half. */
function densestContainer(facts: ElementFacts, start: number, end: number, skipFurniture: boolean, outside: IndexVerdicts): Element | null {
	// By index into the facts' elements, in the order the elements were first scored.
	const scores = new Map<number, number>();
	const {elements, tags, below, parents, textLength: rawLength} = facts;
	for (let index = start; index < end; index++) {
		// Cheapest tests first (the walk's facts), text reads after: most list items and cells are short.
		const tag = tags[index]!;
		if (rawLength[index]! < MIN_PARAGRAPH || !PARAGRAPH_TAGS.has(tag) || (below[index]! & NESTED_PARAGRAPH.mask) !== 0) {
			continue;
		}
		const paragraph = elements[index]!;
		const textLength = cleanLength(textAt(facts, index));
		if (textLength < MIN_PARAGRAPH || inOutsideArticle(index, outside, facts)) {
			continue;
		}
		if (skipFurniture && isSiteChrome(paragraph, null, facts)) {
			continue;
		}
		const length = (below[index]! & LINK.mask) !== 0 ? textLength - linkTextLength(paragraph, facts) * 0.8 : textLength;
		if (length < MIN_PARAGRAPH) {
			continue;
		}
		// List items and table cells count less: menus and data tables are not prose.
		const weight = tag === 'P' || tag === 'BLOCKQUOTE' || tag === 'PRE' ? 1 : 0.4;
		const parent = parents[index]!;
		if (parent >= 0) {
			scores.set(parent, (scores.get(parent) ?? 0) + length * weight);
			const grandparent = parents[parent]!;
			if (grandparent >= 0) {
				scores.set(grandparent, (scores.get(grandparent) ?? 0) + (length * weight) / 2);
			}
		}
	}
	let best: Element | null = null;
	let bestScore = 0;
	for (const [index, score] of scores) {
		if (score > bestScore) {
			best = elements[index]!;
			bestScore = score;
		}
	}
	return best;
}

/** Whether `element` or an ancestor is outside the article; a climb stops at the first element already judged. */
function inOutsideArticle(index: number, verdicts: IndexVerdicts, facts: ElementFacts): boolean {
	return ancestorPassesAt(facts, index, verdicts, at => outsideArticle(at, facts));
}

function outsideArticle(index: number, {tags, elements, attributes}: ElementFacts): boolean {
	const tag = tags[index]!;
	return tag === 'NAV' || tag === 'FOOTER' || tag === 'FORM' || OUTSIDE_ROLES.has(attributeIf(elements[index]!, attributes[index]!, ATTRIBUTE.role, 'role') ?? '');
}

function linkTextLength(el: Element, facts: ElementFacts): number {
	let total = 0;
	for (const text of textsUnder(facts, el, 'a')) {
		total += cleanLength(text);
	}
	return total;
}

/**
 * The headline: among the visible `<h1>`s before the end of the body paragraphs, the last one the page title repeats,
 * else the last one; `<h2>` when the page has no usable `<h1>`. (GOV.UK's 2014 pages also use `<h1>` for "Detail".)
 */
function headlineBefore(doc: Document, body: Element, facts: ElementFacts): Element | null {
	const {order} = facts;
	const bodyEnd = lastDescendantIndex(body, order);
	const ogTitle = elementsWithTag(facts, 'META').find(meta => meta.getAttribute('property') === 'og:title');
	const pageTitles = [doc.title, ogTitle?.getAttribute('content')]
		.map(title => cleanText(title).toLowerCase())
		.filter(Boolean);
	for (const level of ['H1', 'H2']) {
		const candidates: Element[] = [];
		const named: Element[] = [];
		for (const heading of elementsWithTag(facts, level)) {
			if (order.get(heading)! > bodyEnd) {
				break;
			}
			if (isHidden(heading) || isScreenReaderOnly(heading)) {
				continue;
			}
			const text = cleanText(heading.textContent);
			if (!text || closestWhere(heading, outsideHeadline)) {
				continue;
			}
			candidates.push(heading);
			const lower = text.toLowerCase();
			if (lower.length >= 10 && pageTitles.some(title => title.includes(lower))) {
				named.push(heading);
			}
		}
		const found = named.at(-1) ?? candidates.at(-1);
		if (found) {
			return found;
		}
	}
	return null;
}

function outsideHeadline(node: Element): boolean {
	return node.tagName === 'NAV' || node.tagName === 'FOOTER' || HEADLINE_OUTSIDE_ROLES.has(node.getAttribute('role') ?? '');
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
