/** Tree walks that stand in for selector calls in hot loops. */
// linkedom compiles a selector on every querySelector/closest call and walks the whole subtree for `.children`.

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
type Verdicts<Node> = {get(node: Node): boolean | undefined; set(node: Node, verdict: boolean): unknown};

/**
 * Whether `start` or one of its ancestors passes `test`, up to (not including) the first for which `stop` says so.
 * Every element climbed is given the answer, so a later climb ends at the first element already judged: asked of
 * each element of a page in turn, the climbs together cost one visit per element.
 */
export function ancestorPasses(start: Element | null, verdicts: ElementVerdicts, test: (node: Element) => boolean, stop: (node: Element) => boolean = () => false): boolean {
	return climbPasses(start, node => node.parentElement, verdicts, test, stop);
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

/** The climb behind ancestorPasses, for elements or their indexes: `up` gives a node's parent (null above the root). */
function climbPasses<Node>(start: Node | null, up: (node: Node) => Node | null, verdicts: Verdicts<Node>, test: (node: Node) => boolean, stop: (node: Node) => boolean): boolean {
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

/** Marks the element at `index` and its ancestors as failing `test` without asking it. */
export function failUpwards(facts: Pick<ElementFacts, 'parents'>, index: number, verdicts: IndexVerdicts): void {
	for (let at = index; at >= 0; at = facts.parents[at]!) {
		verdicts[at] = FAILS;
	}
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
