/**
 * Removes page furniture before Readability sees the page: cookie banners, share widgets, breadcrumbs,
 * feedback forms, "Printable version" links and "Latest News from …" lists. Readability keeps some of these
 * (they sit inside the article container), and they add wrong words to the body and the search index.
 */
import {cleanLength, cleanText, isHidden} from './clean-text.ts';
import {OTHER_ITEMS_HEADING, PAGE_FURNITURE_CLASS, PAGE_FURNITURE_TEXT} from './boilerplate-rules.ts';
import {ATTRIBUTE, attributeIf, elementsUnder, textOf, textsUnder, type ElementFacts} from './element-facts.ts';
import {hasMoreChildren, rememberVerdicts} from './dom-walk.ts';
import type {PageIndex} from './page-index.ts';
import {pageStructure} from './page-structure.ts';

/**
 * Furniture is short: a block holding real paragraphs is the article, whatever its class says.
 * `facts`: the page's element facts, while the tree is as they describe it.
 */
export function isSmallBlock(element: Element, maxText = 1200, facts: ElementFacts | null = null): boolean {
	const text = textOf(facts, element);
	if (text.length > maxText * 4) {
		return false;
	}
	if (cleanLength(text, maxText) > maxText) {
		return false;
	}
	let paragraphs = 0;
	for (const paragraph of textsUnder(facts, element, 'p')) {
		if (paragraph.length > 160 && ++paragraphs >= 2) {
			return false;
		}
	}
	return true;
}

const HEADING = /^H[2-6]$/;
const TEXT_HOLDERS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'A', 'P', 'BUTTON', 'LI', 'SPAN', 'DIV', 'STRONG']);

export function removeBoilerplate(doc: Document, page: PageIndex): void {
	const body = doc.body;
	if (!body) {
		return;
	}
	const doomed: Element[] = [];
	// The page's element list (the tree is still untouched here), not a fresh querySelectorAll('*').
	const structure = pageStructure(doc);
	const run = elementsUnder(structure, body);
	for (let index = run.start; index < run.end; index++) {
		const tag = run.tags[index]!;
		const element = run.elements[index]!;
		// The walk's attribute facts: linkedom finds an attribute by walking the element's list of them.
		const bits = run.attributes[index]!;
		if (tag === 'BODY' || tag === 'MAIN' || tag === 'ARTICLE' || bits === 0) {
			continue;
		}
		const names = run.classes[index]!;
		const id = run.ids[index]!;
		const ariaLabel = attributeIf(element, bits, ATTRIBUTE.ariaLabel, 'aria-label');
		const named = isFurnitureClass(names) || (id !== null && PAGE_FURNITURE_CLASS.test(id.toLowerCase())) || (ariaLabel !== null && PAGE_FURNITURE_CLASS.test(ariaLabel.toLowerCase()));
		if (named && isSmallBlock(element, 1200, structure)) {
			doomed.push(element);
		} else if (isHidden(element, names, bits) && isSmallBlock(element, 600, structure)) {
			// Hidden helper text (GOV.UK's per-attachment "request an accessible format") outweighs the real body.
			doomed.push(element);
		}
	}
	// Furniture in words: short text nodes, judged by the element that holds them.
	const seen = new Set<Element>();
	for (const {node, value} of page.nodes) {
		if (value.length > 120) {
			continue;
		}
		const holder = holderOf(node, structure);
		// Each holder once, and only small ones: reading a large container's text per text node is quadratic.
		if (!holder || seen.has(holder)) {
			continue;
		}
		seen.add(holder);
		if (hasMoreChildren(holder, 4, structure)) {
			continue;
		}
		const raw = textOf(structure, holder);
		if (cleanLength(raw, 80) >= 80) {
			continue;
		}
		const text = cleanText(raw);
		if (PAGE_FURNITURE_TEXT.test(text)) {
			// "Is this page useful?" heads a whole feedback form: take its small container with it.
			doomed.push(/useful|helpful/i.test(text) ? smallestContainer(holder, structure) : holder);
		} else if (/^H[2-6]$/.test(holder.tagName) && OTHER_ITEMS_HEADING.test(text) && /^(?:latest|more|other|weitere)/i.test(text)) {
			doomed.push(...listAfter(holder));
		}
	}
	for (const element of doomed) {
		element.remove();
	}
}

// Pages repeat a few class lists on thousands of elements: test each list once. Testing the class, id and label
// one by one is testing them joined by spaces: no furniture word spans a space.
const isFurnitureClass = rememberVerdicts(names => PAGE_FURNITURE_CLASS.test(names.toLowerCase()));

/** The element a short text belongs to: a heading within three levels, else the nearest text element. */
function holderOf(node: Text, {order, tags}: ElementFacts): Element | null {
	let first: Element | null = null;
	let element = node.parentElement;
	for (let depth = 0; element && depth < 3; depth++, element = element.parentElement) {
		// The walk's tag names: linkedom builds the string anew on every tagName read.
		const index = order.get(element);
		const tag = index === undefined ? element.tagName : tags[index]!;
		if (HEADING.test(tag)) {
			return element;
		}
		if (!first && TEXT_HOLDERS.has(tag)) {
			first = element;
		}
	}
	return first;
}

/** The feedback form around a prompt, but never the article around a short feedback form. */
function smallestContainer(element: Element, facts: ElementFacts): Element {
	let container = element;
	for (let parent = container.parentElement; parent && !holdsArticle(parent, facts) && isSmallBlock(parent, 400, facts); parent = parent.parentElement) {
		container = parent;
	}
	return container;
}

function holdsArticle(element: Element, facts: ElementFacts): boolean {
	if (['BODY', 'MAIN', 'ARTICLE'].includes(element.tagName) || element.getElementsByTagName('h1').length > 0) {
		return true;
	}
	return textsUnder(facts, element, 'p').some(paragraph => paragraph.length > 120);
}

/** A "Latest News from …" heading and the link list under it. */
function listAfter(heading: Element): Element[] {
	const parent = heading.parentElement;
	if (parent && parent.tagName !== 'BODY' && parent.tagName !== 'MAIN' && parent.tagName !== 'ARTICLE' && isLinkList(parent)) {
		return [parent];
	}
	const items: Element[] = [heading];
	for (let next = heading.nextElementSibling; next && !/^H[1-6]$/.test(next.tagName); next = next.nextElementSibling) {
		if (!isLinkList(next)) {
			break;
		}
		items.push(next);
	}
	return items;
}

/** Mostly link text: a list of other items rather than prose. */
export function isLinkList(element: Element): boolean {
	const text = cleanLength(element.textContent);
	if (text === 0) {
		return true;
	}
	let linked = 0;
	for (const link of element.getElementsByTagName('a')) {
		linked += cleanLength(link.textContent);
	}
	return linked / text > 0.5;
}

