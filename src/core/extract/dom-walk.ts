/** Tree walks that stand in for selector calls in hot loops. */
// linkedom compiles a selector on every querySelector/closest call and walks the whole subtree for `.children`.

/** What one walk learns about every element of a page, by the element's index in `elements` (document order); see page-index.ts. */
export type ElementFacts = {
	elements: Element[];
	order: Map<Element, number>;
	/** Each element's tag name as `tagName` gives it (linkedom builds that string anew on every read). */
	tags: string[];
	/** The elements by upper-case tag name, in document order. */
	byTag: Map<string, Element[]>;
	/** Bits of BELOW_TAGS for the tags found anywhere under each element. */
	below: number[];
	/** The length of each element's textContent (text and CDATA nodes under it). */
	textLength: number[];
	/** Every text and CDATA node's value, in document order: element `i`'s textContent is `texts[textStart[i]]` up to `texts[textEnd[i]]` (exclusive). */
	texts: string[];
	textStart: number[];
	textEnd: number[];
};

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

/** The textContent of the facts' element at `index`. */
export function textAt({texts, textStart, textEnd}: ElementFacts, index: number): string {
	const start = textStart[index]!;
	const end = textEnd[index]!;
	return end - start === 1 ? texts[start]! : end === start ? '' : texts.slice(start, end).join('');
}

// The tags whose presence under an element the extraction rules ask about (labels, paragraphs, contact blocks, links).
const BELOW_TAGS = ['P', 'LI', 'UL', 'OL', 'TABLE', 'TD', 'DIV', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'STRONG', 'B', 'A'];
// SVG keeps its tag names in lower case, and its <a> is a link to getElementsByTagName('a') too.
export const TAG_BIT = new Map<string, number>([...BELOW_TAGS.map((tag, index): [string, number] => [tag, 1 << index]), ['a', 1 << BELOW_TAGS.indexOf('A')]]);

/** A set of tag names (upper case), with its bits in `ElementFacts.below`. */
export type TagSet = {tags: ReadonlySet<string>; mask: number};

export function tagSet(tags: string[]): TagSet {
	let mask = 0;
	for (const tag of tags) {
		const bit = TAG_BIT.get(tag);
		if (bit === undefined) {
			throw new Error(`${tag} is not tracked below elements`);
		}
		mask |= bit;
	}
	return {tags: new Set(tags), mask};
}

/** Whether any element under `element` has one of `set`'s tags; a walk for elements the facts do not know. */
export function hasTagBelow(facts: ElementFacts | null, element: Element, set: TagSet): boolean {
	const index = facts?.order.get(element);
	return index === undefined ? hasDescendant(element, set.tags) : (facts!.below[index]! & set.mask) !== 0;
}

/** The elements under `root` (not `root` itself), in document order: a slice of the facts' list when they know it. */
export function descendantsIn(facts: Pick<ElementFacts, 'elements' | 'order'> | null, root: Element): Element[] {
	const range = facts ? descendantRange(facts, root) : null;
	return range ? facts!.elements.slice(range.start, range.end) : elementsIn(root).slice(1);
}

/** Where the elements under `root` sit in the facts' list: indexes `start` to `end` (exclusive); null when the facts do not know `root`. */
export function descendantRange(facts: Pick<ElementFacts, 'order'>, root: Element): {start: number; end: number} | null {
	const index = facts.order.get(root);
	if (index === undefined) {
		return null;
	}
	let last = root;
	while (last.lastElementChild) {
		last = last.lastElementChild;
	}
	return {start: index + 1, end: (facts.order.get(last) ?? index) + 1};
}

/**
 * The elements under `root` as indexes `start` to `end` (exclusive) into `elements` and `tags`: the facts' own lists
 * when they know `root` (no copy, and `below` answers for each), else a walk of the subtree.
 */
export type ElementRun = {elements: Element[]; tags: string[]; below: number[] | null; start: number; end: number};

export function elementsUnder(facts: ElementFacts | null, root: Element): ElementRun {
	const range = facts ? descendantRange(facts, root) : null;
	if (range) {
		return {elements: facts!.elements, tags: facts!.tags, below: facts!.below, ...range};
	}
	const elements = elementsIn(root);
	return {elements, tags: elements.map(element => element.tagName), below: null, start: 1, end: elements.length};
}

/** Whether any element under the run's element at `index` has one of `set`'s tags. */
export function hasTagBelowAt(run: ElementRun, index: number, set: TagSet): boolean {
	return run.below ? (run.below[index]! & set.mask) !== 0 : hasDescendant(run.elements[index]!, set.tags);
}

/** `root` and every element under it, in document order. */
export function elementsIn(root: Element): Element[] {
	const list: Element[] = [];
	const visit = (element: Element) => {
		list.push(element);
		for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
			visit(child);
		}
	};
	visit(root);
	return list;
}

/** Whether any element strictly under `root` has one of `tags` (upper case). Stops at the first. */
export function hasDescendant(root: Element, tags: ReadonlySet<string>): boolean {
	return firstDescendant(root, tags) !== null;
}

/** The first element under `root` (document order) whose tag is in `tags`, like querySelector with a tag list. */
export function firstDescendant(root: Element, tags: ReadonlySet<string>): Element | null {
	for (let child = root.firstElementChild; child; child = child.nextElementSibling) {
		if (tags.has(child.tagName)) {
			return child;
		}
		const found = firstDescendant(child, tags);
		if (found) {
			return found;
		}
	}
	return null;
}

/** Verdicts already given for elements: a Map or, when the elements may outlive the caller, a WeakMap. */
export type ElementVerdicts = {get(element: Element): boolean | undefined; set(element: Element, verdict: boolean): unknown};

/**
 * Whether `start` or one of its ancestors passes `test`, up to (not including) the first for which `stop` says so.
 * Every element climbed is given the answer, so a later climb ends at the first element already judged: asked of
 * each element of a page in turn, the climbs together cost one visit per element.
 */
export function ancestorPasses(start: Element | null, verdicts: ElementVerdicts, test: (node: Element) => boolean, stop: (node: Element) => boolean = () => false): boolean {
	const climbed: Element[] = [];
	let verdict = false;
	for (let node: Element | null = start; node; node = node.parentElement) {
		const known = verdicts.get(node);
		if (known !== undefined) {
			verdict = known;
			break;
		}
		if (stop(node)) {
			break;
		}
		climbed.push(node);
		if (test(node)) {
			verdict = true;
			break;
		}
	}
	for (const node of climbed) {
		verdicts.set(node, verdict);
	}
	return verdict;
}

/** The element or its nearest ancestor that `test` accepts, like closest() without a selector. */
export function closestWhere(element: Element, test: (node: Element) => boolean): Element | null {
	for (let node: Element | null = element; node; node = node.parentElement) {
		if (test(node)) {
			return node;
		}
	}
	return null;
}

/** Whether `element` has more than `limit` child elements, counting no further than needed. */
export function hasMoreChildren(element: Element, limit: number): boolean {
	let count = 0;
	for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
		if (++count > limit) {
			return true;
		}
	}
	return false;
}

/**
 * `judge` with its verdicts remembered per string: pages repeat a few class lists and class names on thousands of
 * elements. Bounded, because a long-lived content script sees many pages.
 */
export function rememberVerdicts(judge: (value: string) => boolean, limit = 5000): (value: string) => boolean {
	const verdicts = new Map<string, boolean>();
	return value => {
		let verdict = verdicts.get(value);
		if (verdict === undefined) {
			verdict = judge(value);
			if (verdicts.size > limit) {
				verdicts.clear();
			}
			verdicts.set(value, verdict);
		}
		return verdict;
	};
}

/**
 * The class attribute as written ('' when absent). Browsers return it from getAttribute('class') at once, but
 * getAttributeNode builds an Attr object for it; linkedom's getAttribute('class') instead joins its class token set
 * on every call (collapsing the spaces as written), while its attribute node holds the string itself. Which of the
 * two a document answers faithfully is tried once per document.
 */
export function classOf(element: Element): string {
	const doc = element.ownerDocument;
	let faithful = faithfulClassAttribute.get(doc);
	if (faithful === undefined) {
		const probe = doc.createElement('span');
		probe.setAttribute('class', ' a  a ');
		faithful = probe.getAttribute('class') === ' a  a ';
		faithfulClassAttribute.set(doc, faithful);
	}
	return (faithful ? element.getAttribute('class') : element.getAttributeNode('class')?.value) ?? '';
}

const faithfulClassAttribute = new WeakMap<Document, boolean>();
