/**
 * One walk over the page: its text as a flat string with every text node's offset, the `<time>` elements,
 * and the elements the metadata readers need (meta, link, script, headings). On large pages one walk is
 * much cheaper than one querySelectorAll per rule.
 */
import {findFirstDate, normalizeDate} from './parse-date.ts';

export type TextNodeAt = {node: Text; offset: number};
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

export function indexPage(doc: Document): PageIndex {
	const chunks: string[] = [];
	const page: PageIndex = {text: '', nodes: [], times: [], spans: new Map(), byTag: new Map()};
	let length = 0;
	let inBody = false;
	const visit = (node: Node) => {
		if (node.nodeType === 3) {
			const value = node.nodeValue ?? '';
			if (inBody && value.trim()) {
				page.nodes.push({node: node as Text, offset: length});
				chunks.push(value, ' ');
				length += value.length + 1;
			}
			return;
		}
		if (node.nodeType !== 1) {
			return;
		}
		const element = node as Element;
		const tag = element.tagName;
		if (INDEXED.has(tag)) {
			let list = page.byTag.get(tag);
			if (!list) {
				page.byTag.set(tag, (list = []));
			}
			list.push(element);
		}
		if (SKIP.has(tag)) {
			return;
		}
		const start = length;
		if (tag === 'TIME') {
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
		for (let child = element.firstChild; child; child = child.nextSibling) {
			visit(child);
		}
		inBody = wasInBody;
		if (SPANNED.has(tag)) {
			page.spans.set(element, {start, end: length});
		}
	};
	if (doc.documentElement) {
		visit(doc.documentElement);
	}
	page.text = chunks.join('');
	return page;
}

export function elementsByTag(page: PageIndex, tag: string): Element[] {
	return page.byTag.get(tag) ?? [];
}
