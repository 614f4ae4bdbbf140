/** Tree walks that stand in for selector calls in hot loops; element-facts.ts answers the same questions from one walk. */
// linkedom compiles a selector on every querySelector/closest call and walks the whole subtree for `.children`.
import type {ElementFacts} from './element-facts.ts';

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
export type ElementVerdicts = Verdicts<Element>;
export type Verdicts<Node> = {get(node: Node): boolean | undefined; set(node: Node, verdict: boolean): unknown};

/**
 * Whether `start` or one of its ancestors passes `test`, up to (not including) the first for which `stop` says so.
 * Every element climbed is given the answer, so a later climb ends at the first element already judged: asked of
 * each element of a page in turn, the climbs together cost one visit per element.
 */
export function ancestorPasses(start: Element | null, verdicts: ElementVerdicts, test: (node: Element) => boolean, stop: (node: Element) => boolean = () => false): boolean {
	return climbPasses(start, node => node.parentElement, verdicts, test, stop);
}

/** The climb behind ancestorPasses, for elements or their indexes: `up` gives a node's parent (null above the root). */
export function climbPasses<Node>(start: Node | null, up: (node: Node) => Node | null, verdicts: Verdicts<Node>, test: (node: Node) => boolean, stop: (node: Node) => boolean): boolean {
	const climbed: Node[] = [];
	let verdict = false;
	for (let node = start; node !== null; node = up(node)) {
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

/** Whether `element` has more than `limit` child elements: the facts' count when they know it, else counting no further than needed. */
export function hasMoreChildren(element: Element, limit: number, facts: ElementFacts | null = null): boolean {
	const index = facts?.order.get(element);
	if (index !== undefined) {
		return facts!.childCounts[index]! > limit;
	}
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
	return classReader(element.ownerDocument)(element);
}

/** classOf for the elements of one document, which is asked once how to read the attribute. */
export function classReader(doc: Document): (element: Element) => string {
	let faithful = faithfulClassAttribute.get(doc);
	if (faithful === undefined) {
		const probe = doc.createElement('span');
		probe.setAttribute('class', ' a  a ');
		faithful = probe.getAttribute('class') === ' a  a ';
		faithfulClassAttribute.set(doc, faithful);
	}
	return faithful ? readClassAttribute : readClassNode;
}

function readClassAttribute(element: Element): string {
	return element.getAttribute('class') ?? '';
}

function readClassNode(element: Element): string {
	return element.getAttributeNode('class')?.value ?? '';
}

const faithfulClassAttribute = new WeakMap<Document, boolean>();
