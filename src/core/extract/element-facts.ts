/**
 * What the page walk (page-index.ts) learns about every element, and the questions the extraction rules answer from
 * it instead of from the tree: tags, the attributes they ask about, text, parents and subtrees. On linkedom each
 * tree read is a getter over a linked list (textContent visits the whole subtree), and the rules ask the same things
 * of the same elements in several passes. The facts describe the tree as walked: read them only before it changes.
 */
import {classOf, climbPasses, closestWhere, elementsIn, hasDescendant, type TagSet, type Verdicts} from './dom-walk.ts';

/** What one walk learns about every element of a page, by the element's index in `elements` (document order); see page-index.ts. */
export type ElementFacts = {
	elements: Element[];
	order: Map<Element, number>;
	/** Each element's tag name as `tagName` gives it (linkedom builds that string anew on every read). */
	tags: string[];
	/** The elements by upper-case tag name, in document order, for the tags asked about so far: see elementsWithTag. */
	byTag: Map<string, Element[]>;
	/** Bits of BELOW_TAGS for the tags found anywhere under each element. */
	below: number[];
	/** The length of each element's textContent (text and CDATA nodes under it). */
	textLength: number[];
	/** Every text and CDATA node's value, in document order: element `i`'s textContent is `texts[textStart[i]]` up to `texts[textEnd[i]]` (exclusive). */
	texts: string[];
	textStart: number[];
	textEnd: number[];
	/** Bits of ATTRIBUTE for the attributes each element carries (0 when it has none of those). */
	attributes: number[];
	/** Each element's class attribute as written ('' when absent; see classOf). */
	classes: string[];
	/** Each element's id (null when absent). */
	ids: (string | null)[];
	/** The index of each element's parent element (-1 for the root): climbs without reading the tree. */
	parents: number[];
	/** Where each element's descendants end: they are the elements from its index + 1 up to this index (exclusive). */
	ends: number[];
	/** How many child elements each element has. */
	childCounts: number[];
};

/**
 * The attributes the extraction rules ask about, as bits of `ElementFacts.attributes`. Most elements carry a class
 * and nothing else: a rule that finds its attribute's bit unset need not look for the attribute (on linkedom each
 * look walks the element's list of attributes).
 */
export const ATTRIBUTE = {
	class: 1 << 0,
	id: 1 << 1,
	role: 1 << 2,
	style: 1 << 3,
	hidden: 1 << 4,
	ariaHidden: 1 << 5,
	ariaLabel: 1 << 6,
	ariaLabelledby: 1 << 7,
	href: 1 << 8,
	rel: 1 << 9,
} as const;

const ATTRIBUTE_BIT = new Map<string, number>([
	['class', ATTRIBUTE.class], ['id', ATTRIBUTE.id], ['role', ATTRIBUTE.role], ['style', ATTRIBUTE.style], ['hidden', ATTRIBUTE.hidden],
	['aria-hidden', ATTRIBUTE.ariaHidden], ['aria-label', ATTRIBUTE.ariaLabel], ['aria-labelledby', ATTRIBUTE.ariaLabelledby],
	['href', ATTRIBUTE.href], ['rel', ATTRIBUTE.rel],
]);

/** Every ATTRIBUTE bit set: for an element the facts do not know, any of the attributes may be there and must be read. */
export const UNKNOWN_ATTRIBUTES = -1;

/** The element's ATTRIBUTE bits from the facts, or UNKNOWN_ATTRIBUTES. */
export function attributesOf(facts: ElementFacts | null, element: Element): number {
	const index = facts?.order.get(element);
	return index === undefined ? UNKNOWN_ATTRIBUTES : facts!.attributes[index]!;
}

/** The element's tag name, from the facts when they know it (linkedom builds the string anew on every read). */
export function tagOf(facts: ElementFacts | null, element: Element): string {
	const index = facts?.order.get(element);
	return index === undefined ? element.tagName : facts!.tags[index]!;
}

/** classOf, from the facts when they know the element. */
export function classIn(facts: ElementFacts | null, element: Element): string {
	const index = facts?.order.get(element);
	return index === undefined ? classOf(element) : facts!.classes[index]!;
}

/** The element's id, from the facts when they know it. */
export function idIn(facts: ElementFacts | null, element: Element): string | null {
	const index = facts?.order.get(element);
	return index === undefined ? element.getAttribute('id') : facts!.ids[index]!;
}

/** getAttribute(name) for an attribute with an ATTRIBUTE bit: null at once when `bits` say it is absent. */
export function attributeIf(element: Element, bits: number, bit: number, name: string): string | null {
	return (bits & bit) === 0 ? null : element.getAttribute(name);
}

/** The ATTRIBUTE bits of the attributes `element` carries. */
export function attributeBits(element: Element): number {
	let bits = 0;
	if (element.hasAttributes()) {
		// An index loop: linkedom's list is an Array subclass, which for…of iterates the slow way.
		const names = element.getAttributeNames();
		for (let index = 0; index < names.length; index++) {
			bits |= ATTRIBUTE_BIT.get(names[index]!) ?? 0;
		}
	}
	return bits;
}

/** The elements with this tag name (upper case), in document order, like getElementsByTagName; listed on first request. */
export function elementsWithTag(facts: ElementFacts, tag: string): Element[] {
	let list = facts.byTag.get(tag);
	if (!list) {
		list = [];
		for (let index = 0; index < facts.tags.length; index++) {
			if (facts.tags[index] === tag) {
				list.push(facts.elements[index]!);
			}
		}
		facts.byTag.set(tag, list);
	}
	return list;
}

/**
 * The element's textContent, joined from the walk's list of text values when the facts know it. linkedom builds
 * textContent by visiting every node under the element (attributes included), so each read costs the subtree's size.
 * The facts describe the tree as walked: read them only before anything changes it.
 */
export function textOf(facts: ElementFacts | null, element: Element): string {
	const index = facts?.order.get(element);
	return index === undefined ? element.textContent ?? '' : textAt(facts!, index);
}

/**
 * The textContent of each element under `root` named `name` (lower case), in document order: what
 * `getElementsByTagName(name)` would list, read from the facts when they know `root`.
 */
export function textsUnder(facts: ElementFacts | null, root: Element, name: string): string[] {
	const range = facts ? descendantRange(facts, root) : null;
	if (!range) {
		return [...root.getElementsByTagName(name)].map(element => element.textContent ?? '');
	}
	// An HTML element's tag name is its name in upper case; SVG and other foreign elements keep theirs as written.
	const upper = name.toUpperCase();
	const texts: string[] = [];
	for (let index = range.start; index < range.end; index++) {
		const tag = facts!.tags[index];
		if (tag === upper || tag === name) {
			texts.push(textAt(facts!, index));
		}
	}
	return texts;
}

/** The textContent of the run's element at `index`. */
export function textInRun(run: ElementRun, index: number): string {
	return run.facts ? textAt(run.facts, index) : run.elements[index]!.textContent ?? '';
}

/** The textContent of the facts' element at `index`. */
export function textAt({texts, textStart, textEnd}: ElementFacts, index: number): string {
	const start = textStart[index]!;
	const end = textEnd[index]!;
	return end - start === 1 ? texts[start]! : end === start ? '' : texts.slice(start, end).join('');
}

/** Whether any element under `element` has one of `set`'s tags; a walk for elements the facts do not know. */
export function hasTagBelow(facts: ElementFacts | null, element: Element, set: TagSet): boolean {
	const index = facts?.order.get(element);
	return index === undefined ? hasDescendant(element, set.tags) : (facts!.below[index]! & set.mask) !== 0;
}

/** The elements under `root` (not `root` itself), in document order: a slice of the facts' list when they know it. */
export function descendantsIn(facts: Pick<ElementFacts, 'elements' | 'order' | 'ends'> | null, root: Element): Element[] {
	const range = facts ? descendantRange(facts, root) : null;
	return range ? facts!.elements.slice(range.start, range.end) : elementsIn(root).slice(1);
}

/** Where the elements under `root` sit in the facts' list: indexes `start` to `end` (exclusive); null when the facts do not know `root`. */
export function descendantRange(facts: Pick<ElementFacts, 'order' | 'ends'>, root: Element): {start: number; end: number} | null {
	const index = facts.order.get(root);
	return index === undefined ? null : {start: index + 1, end: facts.ends[index]!};
}

/** The index of the element at `index` or its nearest ancestor whose tag passes `test`, or -1: closestWhere on the facts. */
export function closestIndex(facts: Pick<ElementFacts, 'tags' | 'parents'>, index: number, test: (tag: string) => boolean): number {
	for (let at = index; at >= 0; at = facts.parents[at]!) {
		if (test(facts.tags[at]!)) {
			return at;
		}
	}
	return -1;
}

/** The element or its nearest ancestor whose tag passes `test`, like closestWhere: on the facts when they know the element. */
export function closestTag(facts: ElementFacts | null, element: Element, test: (tag: string) => boolean): Element | null {
	const index = facts?.order.get(element);
	if (index === undefined) {
		return closestWhere(element, node => test(node.tagName));
	}
	const at = closestIndex(facts!, index, test);
	return at < 0 ? null : facts!.elements[at]!;
}

/** `root.contains(element)`, answered by the facts when they know both. */
export function containsIn(facts: ElementFacts | null, root: Element, element: Element): boolean {
	const rootIndex = facts?.order.get(root);
	const index = facts?.order.get(element);
	return rootIndex === undefined || index === undefined ? root.contains(element) : isWithin(facts!, index, rootIndex);
}

/** Whether the facts' element at `index` is `root` or under it. */
export function isWithin(facts: Pick<ElementFacts, 'ends'>, index: number, root: number): boolean {
	return index >= root && index < facts.ends[root]!;
}

/**
 * The elements under `root` as indexes `start` to `end` (exclusive) into `elements` and `tags`: the facts' own lists
 * when they know `root` (no copy, and `below` answers for each), else a walk of the subtree.
 */
export type ElementRun = {
	elements: Element[];
	tags: string[];
	below: number[] | null;
	/** ATTRIBUTE bits, class and id of each element, as in ElementFacts. */
	attributes: number[];
	classes: string[];
	ids: (string | null)[];
	/** The facts the run is a slice of; null for a walk of the subtree. */
	facts: ElementFacts | null;
	start: number;
	end: number;
};

export function elementsUnder(facts: ElementFacts | null, root: Element): ElementRun {
	const range = facts ? descendantRange(facts, root) : null;
	if (range) {
		const {elements, tags, below, attributes, classes, ids} = facts!;
		return {elements, tags, below, attributes, classes, ids, facts, ...range};
	}
	const elements = elementsIn(root);
	const attributes = elements.map(attributeBits);
	return {
		elements,
		tags: elements.map(element => element.tagName),
		below: null,
		attributes,
		classes: elements.map((element, index) => (attributes[index]! & ATTRIBUTE.class ? classOf(element) : '')),
		ids: elements.map((element, index) => attributeIf(element, attributes[index]!, ATTRIBUTE.id, 'id')),
		facts: null,
		start: 1,
		end: elements.length,
	};
}

/** Whether any element under the run's element at `index` has one of `set`'s tags. */
export function hasTagBelowAt(run: ElementRun, index: number, set: TagSet): boolean {
	return run.below ? (run.below[index]! & set.mask) !== 0 : hasDescendant(run.elements[index]!, set.tags);
}

/** Verdicts by index into the facts' elements: 0 not yet judged, PASSES or FAILS. */
export type IndexVerdicts = Int8Array;
const PASSES = 2;
const FAILS = 1;

/** ancestorPasses on the facts: `start` and the ancestors are indexes, climbed through `parents` (-1: no element). */
export function ancestorPassesAt(facts: Pick<ElementFacts, 'parents'>, start: number, verdicts: IndexVerdicts, test: (index: number) => boolean, stop: (index: number) => boolean = () => false): boolean {
	const kept: Verdicts<number> = {
		get: at => (verdicts[at] === 0 ? undefined : verdicts[at] === PASSES),
		set: (at, verdict) => (verdicts[at] = verdict ? PASSES : FAILS),
	};
	return climbPasses(start < 0 ? null : start, at => (facts.parents[at]! < 0 ? null : facts.parents[at]!), kept, test, stop);
}

/** Marks the element at `index` and its ancestors as failing `test` without asking it. */
export function failUpwards(facts: Pick<ElementFacts, 'parents'>, index: number, verdicts: IndexVerdicts): void {
	for (let at = index; at >= 0; at = facts.parents[at]!) {
		verdicts[at] = FAILS;
	}
}