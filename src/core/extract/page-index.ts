/**
 * One walk over the page: its text as a flat string with every text node's offset, the `<time>` elements,
 * the elements the metadata readers need (meta, link, script, headings), and every element with the facts the
 * contact and link finders ask about it. On large pages one walk is much cheaper than one querySelectorAll per rule.
 */
import {ATTRIBUTE, attributeBits, type ElementFacts} from './element-facts.ts';
import {classReader, TAG_BIT} from './dom-walk.ts';
import {findFirstDate, normalizeDate} from './parse-date.ts';

/** A text node of the body, its value (read once, in the walk) and where that starts in the page's text. */
export type TextNodeAt = {node: Text; value: string; offset: number};
export type TimeAt = {offset: number; iso: string; element: Element};

export type PageIndex = {
	/** The body's text, a space between text nodes (so block boundaries never glue words). */
	text: string;
	nodes: TextNodeAt[];
	times: TimeAt[];
	/** Where each heading's text starts and ends in `text`. */
	spans: Map<Element, {start: number; end: number}>;
	/** Elements by upper-case tag name, in document order, for the tags in INDEXED. */
	byTag: Map<string, Element[]>;
};

// Upper and lower case: linkedom keeps SVG's tag names as written.
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'SELECT', 'OPTION', 'svg']);
const INDEXED = new Set(['META', 'LINK', 'BASE', 'SCRIPT', 'H1', 'H2', 'TITLE']);
const SPANNED = new Set(['H1', 'H2']);
// Text that trim() would leave non-empty, tested without building the trimmed copy.
const NOT_SPACE = /\S/;

// The same walk lists every element for the contact and link finders, which run next on the same untouched tree.
const walked = new WeakMap<Document, ElementFacts>();

export function indexPage(doc: Document): PageIndex {
	return walkPage(doc).page;
}

/** Every element of the document and what is under it, from the walk that indexed the page (or a new one). */
export function pageFacts(doc: Document): ElementFacts {
	return walked.get(doc) ?? walkPage(doc).facts;
}

function walkPage(doc: Document): {page: PageIndex; facts: ElementFacts} {
	const chunks: string[] = [];
	const page: PageIndex = {text: '', nodes: [], times: [], spans: new Map(), byTag: new Map()};
	const facts: ElementFacts = {
		elements: [], order: new Map(), tags: [], byTag: new Map(), below: [], textLength: [], texts: [], textStart: [], textEnd: [],
		attributes: [], classes: [], ids: [], parents: [], ends: [], childCounts: [],
	};
	const {elements, order, tags, below, textLength, texts, textStart, textEnd, attributes, classes, ids, parents, ends, childCounts} = facts;
	const classOf = classReader(doc);
	let length = 0;
	let inBody = false;
	// `skipped`: inside an element whose text is no reader's (scripts, styles, SVG): listed, not indexed.
	const visit = (element: Element, tag: string, skipped: boolean, parent: number): number => {
		const index = elements.length;
		elements.push(element);
		order.set(element, index);
		tags.push(tag);
		parents.push(parent);
		ends.push(0);
		childCounts.push(0);
		below.push(0);
		textLength.push(0);
		textStart.push(texts.length);
		textEnd.push(0);
		const bits = attributeBits(element);
		attributes.push(bits);
		classes.push(bits & ATTRIBUTE.class ? classOf(element) : '');
		ids.push(bits & ATTRIBUTE.id ? element.getAttribute('id') : null);
		if (!skipped && INDEXED.has(tag)) {
			addTo(page.byTag, tag, element);
		}
		const skip = skipped || SKIP.has(tag);
		const start = length;
		if (!skip && tag === 'TIME') {
			// A UTC datetime can fall on another day than the one printed: the printed day is the page's.
			const machine = normalizeDate(element.getAttribute('datetime'));
			const printed = machine ? findFirstDate(element.textContent ?? '')?.iso : undefined;
			const iso = printed && printed !== machine?.slice(0, 10) ? printed : machine;
			if (iso) {
				page.times.push({offset: length, iso, element});
			}
		}
		const wasInBody = inBody;
		inBody ||= tag === 'BODY';
		let tagsBelow = 0;
		let textBelow = 0;
		let children = 0;
		for (let child = element.firstChild; child; child = child.nextSibling) {
			const type = child.nodeType;
			if (type === 1) {
				children++;
				const childTag = (child as Element).tagName;
				const childIndex = visit(child as Element, childTag, skip, index);
				tagsBelow |= below[childIndex]! | (TAG_BIT.get(childTag) ?? 0);
				textBelow += textLength[childIndex]!;
			} else if (type === 3 || type === 4) {
				const value = child.nodeValue ?? '';
				texts.push(value);
				textBelow += value.length;
				if (type === 3 && !skip && inBody && NOT_SPACE.test(value)) {
					page.nodes.push({node: child as Text, value, offset: length});
					chunks.push(value, ' ');
					length += value.length + 1;
				}
			}
		}
		inBody = wasInBody;
		below[index] = tagsBelow;
		textLength[index] = textBelow;
		textEnd[index] = texts.length;
		ends[index] = elements.length;
		childCounts[index] = children;
		if (!skip && SPANNED.has(tag)) {
			page.spans.set(element, {start, end: length});
		}
		return index;
	};
	if (doc.documentElement) {
		visit(doc.documentElement, doc.documentElement.tagName, false, -1);
		walked.set(doc, facts);
	}
	page.text = chunks.join('');
	return {page, facts};
}

function addTo(map: Map<string, Element[]>, tag: string, element: Element): void {
	let list = map.get(tag);
	if (!list) {
		map.set(tag, (list = []));
	}
	list.push(element);
}

export function elementsByTag(page: PageIndex, tag: string): Element[] {
	return page.byTag.get(tag) ?? [];
}
