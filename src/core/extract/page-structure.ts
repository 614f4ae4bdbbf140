/**
 * The article container, labelled blocks and element list of a page, found once and shared by the contact and
 * link finders. Cached per document: both finders run on the same untouched tree, before Readability rewrites it.
 */
import {findArticleScope, type ArticleScope} from './article-scope.ts';
import {descendantsIn, elementsWithTag, type ElementFacts} from './element-facts.ts';
import {findLabelledSections, type LabelledSection} from './labelled-sections.ts';
import {pageFacts} from './page-index.ts';

/** Every element of the page with its facts (from the walk that indexed the page), the article scope and the labelled blocks. */
export type PageStructure = ElementFacts & {
	scope: ArticleScope;
	sections: LabelledSection[];
};

const cache = new WeakMap<Document, PageStructure>();

export function pageStructure(doc: Document): PageStructure {
	let structure = cache.get(doc);
	if (!structure) {
		const facts = pageFacts(doc);
		const page = doc.body ?? doc.documentElement;
		structure = {
			...facts,
			scope: findArticleScope(doc, facts),
			sections: findLabelledSections(page, facts),
		};
		cache.set(doc, structure);
	}
	return structure;
}

/** Every element of the page with this tag (upper case), like getElementsByTagName without a walk. */
export function tagged(doc: Document, tag: string): Element[] {
	return elementsWithTag(pageStructure(doc), tag);
}

/** The elements under `root` (not `root` itself), in document order: a slice of the page's list. */
export function descendantsOf(facts: Pick<PageStructure, 'elements' | 'order' | 'ends'>, root: Element): Element[] {
	return descendantsIn(facts, root);
}
