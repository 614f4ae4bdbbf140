/**
 * The article container, labelled blocks and element list of a page, found once and shared by the contact and
 * link finders. Cached per document: both finders run on the same untouched tree, before Readability rewrites it.
 */
import {findArticleScope, type ArticleScope} from './article-scope.ts';
import {elementsIn} from './dom-walk.ts';
import {findLabelledSections, type LabelledSection} from './labelled-sections.ts';

export type PageStructure = {
	scope: ArticleScope;
	sections: LabelledSection[];
	/** Every element of the document, in document order: one walk instead of a selector call per rule. */
	elements: Element[];
	order: Map<Element, number>;
	/** The same elements by upper-case tag name, in document order. */
	byTag: Map<string, Element[]>;
};

const cache = new WeakMap<Document, PageStructure>();

export function pageStructure(doc: Document): PageStructure {
	let structure = cache.get(doc);
	if (!structure) {
		const elements = elementsIn(doc.documentElement);
		const order = new Map<Element, number>();
		const byTag = new Map<string, Element[]>();
		elements.forEach((element, index) => {
			order.set(element, index);
			const tag = element.tagName;
			let list = byTag.get(tag);
			if (!list) {
				byTag.set(tag, (list = []));
			}
			list.push(element);
		});
		const page = doc.body ?? doc.documentElement;
		structure = {
			scope: findArticleScope(doc, elements, order),
			sections: findLabelledSections(page, descendantsOf({elements, order}, page)),
			elements,
			order,
			byTag,
		};
		cache.set(doc, structure);
	}
	return structure;
}

/** Every element of the page with this tag (upper case), like getElementsByTagName without a walk. */
export function tagged(doc: Document, tag: string): Element[] {
	return pageStructure(doc).byTag.get(tag) ?? [];
}

/** The elements under `root` (not `root` itself), in document order: a slice of the page's list. */
export function descendantsOf({elements, order}: Pick<PageStructure, 'elements' | 'order'>, root: Element): Element[] {
	const start = order.get(root);
	if (start === undefined) {
		return elementsIn(root).slice(1);
	}
	let last = root;
	while (last.lastElementChild) {
		last = last.lastElementChild;
	}
	return elements.slice(start + 1, (order.get(last) ?? start) + 1);
}
