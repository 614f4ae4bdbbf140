/**
 * The lead paragraph ("standfirst", "Teaser", "abstract") that many newsrooms print between the headline and
 * the body, in a container of its own that Readability leaves out. It is recognised by matching the page's
 * declared description, and put back at the top of the article when Readability dropped it.
 */
import {cleanText} from './clean-text.ts';
import type {PageIndex} from './page-index.ts';

/** A copy of the lead's block, taken before Readability consumes the page. */
export type Lead = {node: Element; key: string};

const BLOCKS = new Set(['P', 'DIV', 'SECTION', 'LI', 'BLOCKQUOTE', 'DD']);

/** Read before Readability runs: it consumes the document. */
export function findLead(page: PageIndex, {description, headline}: {description: string | null; headline: Element | null}): Lead | null {
	const span = headline ? page.spans.get(headline) : undefined;
	const key = cleanText(description).slice(0, 60).replace(/\s*\S*$/, ''); // descriptions are often cut mid-word
	if (!span || key.length < 40) {
		return null;
	}
	// Each block once: its text nodes all lead to it, and a large block's text is costly to clean.
	const seen = new Set<Element>();
	for (const {node, offset} of page.nodes) {
		// The lead follows the headline closely; a match far away is a teaser for something else.
		if (offset < span.end) {
			continue;
		}
		if (offset > span.end + 4000) {
			break; // offsets grow in document order
		}
		let block = node.parentElement;
		while (block && !BLOCKS.has(block.tagName)) {
			block = block.parentElement;
		}
		if (!block || seen.has(block)) {
			continue;
		}
		seen.add(block);
		const text = cleanText(block.textContent);
		if (text.startsWith(key)) {
			// A whole section that merely starts with the lead is the article itself, not a lead.
			return text.length < key.length * 12 ? {node: block.cloneNode(true) as Element, key} : null;
		}
	}
	return null;
}

/** Puts the lead back at the top of Readability's article element when it is missing there. */
export function restoreLead(article: Element, lead: Lead | null): void {
	if (!lead || cleanText(article.textContent).includes(lead.key)) {
		return;
	}
	// DOM nodes, not an HTML string: the copy is moved, never re-parsed.
	const copy = article.ownerDocument.importNode(lead.node, true);
	let paragraph = copy;
	if (copy.tagName !== 'P') {
		paragraph = article.ownerDocument.createElement('p');
		paragraph.append(...copy.childNodes);
	}
	const target = article.firstElementChild?.tagName === 'DIV' && article.childElementCount === 1 ? article.firstElementChild : article;
	target.insertBefore(paragraph, target.firstChild);
}

/**
 * The summary when the page declares no description: the first paragraph of the clip that reads as prose.
 * Readability's excerpt is the first paragraph it kept, which is often a kicker ("Press release"), a dateline
 * or the publisher's name; it is used only when the body offers no sentence near its top.
 */
export function fallbackSummary(text: string, excerpt: string | null | undefined): string | null {
	const candidates = [...text.split('\n\n').slice(0, 6), cleanText(excerpt)];
	return candidates.find(isProse) ?? null;
}

/** Six words or more, ending as a sentence ends: not a label, a date line or a list of names. */
function isProse(block: string): boolean {
	return (block.match(/[\p{L}\p{N}]+/gu)?.length ?? 0) >= 6 && /[.!?…]["'”’»)]?$/u.test(block);
}
