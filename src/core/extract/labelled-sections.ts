/**
 * Blocks a page introduces with a label: a heading, a definition term, a bold lead-in ("Media enquiries:"),
 * an ARIA label, or a class name such as "related". Each block is returned with the nodes it governs.
 */
import {cleanText, isHidden, visibleText} from './block-text.ts';
import {cleanLength} from './clean-text.ts';
import {ATTRIBUTE, attributeIf, attributesOf, classIn, elementsUnder, hasTagBelow, textOf, type ElementFacts} from './element-facts.ts';
import {classOf, firstDescendant, hasMoreChildren, rememberVerdicts, tagSet} from './dom-walk.ts';
import {sectionKind, type SectionKind} from './section-cues.ts';
import {words} from './site-chrome.ts';

export type LabelledSection = {
	kind: SectionKind;
	label: string;
	/** The element carrying the label (a heading, a term, a lead-in, or the labelled container itself). */
	labelElement: Element;
	/** The content the label governs, in document order: elements and loose text nodes. */
	nodes: Node[];
};

const HEADING = /^H[1-6]$/;
const INLINE_LABEL = new Set(['STRONG', 'B', 'SPAN', 'LABEL', 'EM']);
const BLOCK = /^(?:P|DIV|UL|OL|DL|TABLE|H[1-6]|SECTION|ARTICLE|ASIDE|HR|BLOCKQUOTE|FIGURE|HEADER|FOOTER|NAV|FORM)$/;
const LABEL_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'CAPTION', 'LEGEND', 'SUMMARY', 'TH', 'STRONG', 'B', 'P', 'SPAN', 'DIV', 'LABEL']);
const ALWAYS_LABEL = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'DT', 'CAPTION', 'LEGEND', 'SUMMARY', 'TH']);
const NOT_IN_LABEL = tagSet(['P', 'LI', 'UL', 'OL', 'TABLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const BOLD = tagSet(['STRONG', 'B']);
// What the container pass looks for in a class or id: "related…", "contact…", "see-also".
const CONTAINER_NAME = /related|contact|seealso|see-also/i;
const LABEL_CLASS_WORDS = new Set(['label', 'title', 'heading', 'header', 'headline', 'caption', 'hdr', 'term', 'lead', 'kicker']);

/** `facts`: the document's element facts, when the caller has walked the page already. */
export function findLabelledSections(root: Element, facts: ElementFacts | null = null): LabelledSection[] {
	const sections: LabelledSection[] = [];
	const run = elementsUnder(facts, root);
	// Elements before this index in the run belong to a label already found: the run lists each label's descendants right after it.
	let claimedUntil = run.start;
	const {elements, tags} = run;
	// An element without text has no label to read: the walk's text lengths skip those without reading them.
	const textLength = run.below ? facts!.textLength : null;
	for (let index = run.start; index < run.end; index++) {
		const element = elements[index]!;
		const tag = tags[index]!;
		const bits = run.attributes[index]!;
		if (!(LABEL_TAGS.has(tag) || attributeIf(element, bits, ATTRIBUTE.role, 'role') === 'heading') || textLength?.[index] === 0) {
			continue;
		}
		if (index < claimedUntil || (bits !== 0 && isHidden(element, bits)) || !looksLikeLabel(element, facts, tag)) {
			continue;
		}
		const label = visibleText(element, {skipScreenReaderOnly: true});
		const kind = sectionKind(label);
		if (!kind) {
			continue;
		}
		// Nested wrappers of the same label (div > strong > span) would each start a section: keep the outermost.
		const inner = elementsUnder(facts, element);
		claimedUntil = index + 1 + (inner.end - inner.start);
		sections.push({kind, label: cleanText(label), labelElement: element, nodes: governedNodes(element, facts)});
	}
	const ids = new Map<string, Element>();
	for (let index = run.start; index < run.end; index++) {
		const container = elements[index]!;
		const bits = run.attributes[index]!;
		// No attributes, no label and no name: most elements.
		if (bits === 0 || !isCandidateContainer(bits, run.classes[index]!, run.ids[index]!)) {
			continue;
		}
		if ((bits & ATTRIBUTE.ariaLabelledby) !== 0 && ids.size === 0) {
			// linkedom's getElementById walks the whole tree; one map serves every reference.
			const everything = facts ?? elementsUnder(null, root.ownerDocument.documentElement);
			everything.elements.forEach((element, at) => {
				const id = everything.ids[at];
				if (id !== null && id !== undefined) {
					ids.set(id, element);
				}
			});
		}
		const section = containerSection(container, ids);
		if (section) {
			sections.push(section);
		}
	}
	return sections;
}

/** `bits`, `names`, `id`: the element's ATTRIBUTE bits, class and id. */
function isCandidateContainer(bits: number, names: string, id: string | null): boolean {
	return (bits & (ATTRIBUTE.ariaLabel | ATTRIBUTE.ariaLabelledby)) !== 0 || CONTAINER_NAME.test(names) || /related/i.test(id ?? '');
}

/**
 * Headings and terms always label; other elements only when short, bold or named like a label, and on their own line.
 * `facts`: the document's element facts, which answer "is there a paragraph inside?" without a walk; `tag`: the
 * element's tag name, when the caller has it.
 */
export function looksLikeLabel(el: Element, facts: ElementFacts | null = null, tag = el.tagName): boolean {
	if (ALWAYS_LABEL.has(tag) || attributeIf(el, attributesOf(facts, el), ATTRIBUTE.role, 'role') === 'heading') {
		return true;
	}
	// Cheap tests first: pages have thousands of spans and divs. (A class read, the walk's facts, then the children.)
	const inline = tag === 'SPAN' || tag === 'LABEL';
	if ((inline && !isLabelClass(classIn(facts, el))) || hasTagBelow(facts, el, NOT_IN_LABEL) || hasMoreChildren(el, 4, facts)) {
		return false;
	}
	const raw = textOf(facts, el);
	const length = cleanLength(raw, 80);
	if (length === 0 || length > 80) {
		return false;
	}
	const text = cleanText(raw);
	if (tag === 'STRONG' || tag === 'B') {
		return startsItsLine(el);
	}
	if (inline || isLabelClass(classIn(facts, el))) {
		return true;
	}
	// A paragraph that is nothing but a bold phrase, or a short line ending in a colon.
	const bold = hasTagBelow(facts, el, BOLD) ? firstDescendant(el, BOLD.tags) : null;
	return (tag === 'P' || tag === 'DIV') && ((bold !== null && cleanText(textOf(facts, bold)) === text) || /[:：]$/.test(text));
}

// Each class list split once.
const isLabelClass = rememberVerdicts(names => names.split(/\s+/).flatMap(words).some(word => LABEL_CLASS_WORDS.has(word)));

/** True when nothing but whitespace precedes `el` inside its block, so it reads as a lead-in. */
function startsItsLine(el: Element): boolean {
	let node: Node | null = el;
	while (node && node.parentElement) {
		for (let previous = node.previousSibling; previous; previous = previous.previousSibling) {
			if (previous.nodeType === 1 && (previous as Element).tagName === 'BR') {
				return true;
			}
			if (cleanText(previous.textContent)) {
				return false;
			}
		}
		const parent: Element = node.parentElement;
		if (!['SPAN', 'EM', 'I', 'U', 'FONT', 'STRONG', 'B'].includes(parent.tagName)) {
			return true;
		}
		node = parent;
	}
	return true;
}

/** The nodes after the label, up to the next label of the same or higher rank. */
function governedNodes(label: Element, facts: ElementFacts | null): Node[] {
	const nodes: Node[] = [];
	const labelText = cleanText(textOf(facts, label));
	let anchor: Element = label;
	// Inline lead-in: the rest of its own line belongs to it ("<p><b>Contact:</b> Jane Doe, 020 …</p>").
	if (INLINE_LABEL.has(label.tagName)) {
		for (let sibling = label.nextSibling; sibling && !(sibling.nodeType === 1 && BLOCK.test((sibling as Element).tagName)); sibling = sibling.nextSibling) {
			nodes.push(sibling);
		}
		if (nodes.some(node => cleanText(node.textContent).length > 3)) {
			return nodes;
		}
		nodes.length = 0;
	}
	// Climb out of wrappers that hold nothing but the label ("<div class=module-header><h3>…</h3></div>").
	while (anchor.parentElement && anchor.parentElement.tagName !== 'BODY' && cleanText(textOf(facts, anchor.parentElement)) === labelText) {
		anchor = anchor.parentElement;
	}
	const rank = labelRank(label);
	for (let sibling = anchor.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
		if (endsSection(sibling, rank, label.tagName === 'DT', facts)) {
			break;
		}
		nodes.push(sibling);
	}
	return nodes;
}

function labelRank(el: Element): number {
	return HEADING.test(el.tagName) ? Number(el.tagName[1]) : 7;
}

function endsSection(sibling: Element, rank: number, isTerm: boolean, facts: ElementFacts | null): boolean {
	if (isTerm) {
		return sibling.tagName === 'DT';
	}
	let first: Element | null = sibling;
	// Descend through wrappers to the block's first element: a section heading may be wrapped.
	while (first && !HEADING.test(first.tagName) && first.firstElementChild && !cleanText(textBefore(first, first.firstElementChild))) {
		first = first.firstElementChild;
	}
	if (first && HEADING.test(first.tagName) && Number(first.tagName[1]) <= rank && !first.querySelector('a[href]')) {
		return true;
	}
	// After a lead-in, the next lead-in of any kind ("About the agency") starts another block.
	return rank === 7 && looksLikeLabel(sibling, facts);
}

function textBefore(parent: Element, child: Element): string {
	let text = '';
	for (let node = parent.firstChild; node && node !== child; node = node.nextSibling) {
		text += node.textContent ?? '';
	}
	return text;
}

/** A container labelled by ARIA or named "related…", "contact…", "see-also" in its class or id. */
function containerSection(container: Element, ids: Map<string, Element>): LabelledSection | null {
	let label = container.getAttribute('aria-label') ?? '';
	const labelledBy = container.getAttribute('aria-labelledby');
	if (labelledBy) {
		label = labelledBy.split(/\s+/).map(id => ids.get(id)?.textContent ?? '').join(' ');
	}
	let kind = sectionKind(cleanText(label));
	// An explicit label that names something else ("Explore the topic") outranks a class name.
	if (!kind && !cleanText(label)) {
		const names = `${classOf(container)} ${container.getAttribute('id') ?? ''}`.split(/\s+/).flatMap(words);
		if (names.includes('related') || names.includes('seealso') || (names.includes('see') && names.includes('also'))) {
			kind = 'related';
		} else if (names.some(word => /^contacts?$|^contactbox$|^kontakt$/.test(word))) {
			kind = names.some(word => /^(?:press|presse|media|medien)$/.test(word)) ? 'press-contact' : 'contact';
		}
		label = '';
	}
	return kind ? {kind, label: cleanText(label), labelElement: container, nodes: [container]} : null;
}
