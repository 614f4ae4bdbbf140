/**
 * The article container and labelled blocks of a page, found once and shared by the contact and link finders.
 * Cached per document: both finders run on the same untouched tree, before Readability rewrites it.
 */
import {findArticleScope, type ArticleScope} from './article-scope.ts';
import {findLabelledSections, type LabelledSection} from './labelled-sections.ts';

export type PageStructure = {scope: ArticleScope; sections: LabelledSection[]};

const cache = new WeakMap<Document, PageStructure>();

export function pageStructure(doc: Document): PageStructure {
	let structure = cache.get(doc);
	if (!structure) {
		structure = {scope: findArticleScope(doc), sections: findLabelledSections(doc.body ?? doc.documentElement)};
		cache.set(doc, structure);
	}
	return structure;
}
