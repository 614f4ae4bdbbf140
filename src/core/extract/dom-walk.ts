/** Tree walks that stand in for selector calls in hot loops. */
// linkedom compiles a selector on every querySelector/closest call and walks the whole subtree for `.children`.

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
 * The class attribute as written ('' when absent). linkedom's getAttribute('class') goes through classList and
 * joins a token set on every call; the attribute node holds the string itself. Browsers answer both alike.
 */
export function classOf(element: Element): string {
	return element.getAttributeNode('class')?.value ?? '';
}
