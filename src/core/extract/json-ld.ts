/** JSON-LD facts about the page: the article node, its dates, its issuing organisations, the page's own type. */
import {cleanText} from './clean-text.ts';

type Node = Record<string, unknown>;

export type JsonLdFacts = {
	/** Every @type on the page (flattened @graph), so callers can tell a listing or search page. */
	types: string[];
	headline: string | null;
	datePublished: string | null;
	dateModified: string | null;
	/** Organisations that wrote the item (author typed Organization / GovernmentOrganization). */
	authorOrganisations: string[];
	/** People named as authors. */
	authorPeople: string[];
	/** The `publisher` node's name: often the hosting site rather than the department. */
	publisher: string | null;
	description: string | null;
	inLanguage: string | null;
	/** All nodes, for other readers (ContactPoint). */
	nodes: Node[];
};

export const ARTICLE_TYPES = ['NewsArticle', 'Article', 'ReportageNews', 'AnalysisNewsArticle', 'BlogPosting', 'Report', 'ScholarlyArticle', 'TechArticle', 'OpinionNewsArticle', 'BackgroundNewsArticle', 'SpeechObject'];
const ORGANISATION_TYPES = /Organi[sz]ation|GovernmentOrganization|GovernmentOffice|Corporation|NGO|Department/;

function typesOf(node: Node): string[] {
	const type = node['@type'];
	return (Array.isArray(type) ? type : [type]).filter((value): value is string => typeof value === 'string').map(value => value.replace(/^https?:\/\/schema\.org\//, ''));
}

function flatten(value: unknown, into: Node[]): void {
	if (Array.isArray(value)) {
		value.forEach(item => flatten(item, into));
	} else if (value && typeof value === 'object') {
		const node = value as Node;
		into.push(node);
		if (node['@graph']) {
			flatten(node['@graph'], into);
		}
	}
}

function text(value: unknown): string | null {
	if (typeof value === 'string') {
		return cleanText(value) || null;
	}
	if (Array.isArray(value)) {
		return text(value[0]);
	}
	if (value && typeof value === 'object' && '@value' in value) {
		return text((value as Node)['@value']);
	}
	return null;
}

/** `scripts` are the page's `<script>` elements; only JSON-LD ones are read. */
export function readJsonLd(scripts: Iterable<Element>): JsonLdFacts {
	const nodes: Node[] = [];
	for (const script of scripts) {
		if (!/^application\/ld\+json/i.test(script.getAttribute('type') ?? '')) {
			continue;
		}
		try {
			// CMSs wrap JSON-LD in CDATA or HTML comments now and then.
			flatten(JSON.parse((script.textContent ?? '').replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[)|(?:-->|\/\/\s*\]\]>)\s*$/g, '')), nodes);
		} catch {
			// Broken JSON-LD is common; the page's other metadata still counts.
		}
	}
	const byId = new Map(nodes.filter(node => typeof node['@id'] === 'string').map(node => [node['@id'] as string, node]));
	const resolve = (value: unknown): Node[] => {
		const list = Array.isArray(value) ? value : value ? [value] : [];
		return list.flatMap(item => {
			if (typeof item === 'string') {
				return [{name: item}];
			}
			if (item && typeof item === 'object') {
				const node = item as Node;
				const id = typeof node['@id'] === 'string' ? byId.get(node['@id']) : undefined;
				return [id && !node['name'] ? id : node];
			}
			return [];
		});
	};
	const article = nodes.find(node => typesOf(node).some(type => ARTICLE_TYPES.includes(type)))
		?? nodes.find(node => typesOf(node).some(type => /WebPage$/.test(type)) && (node['datePublished'] || node['headline']));
	const authors = resolve(article?.['author']);
	const isOrganisation = (node: Node) => typesOf(node).some(type => ORGANISATION_TYPES.test(type));
	const publisherNode = resolve(article?.['publisher'] ?? article?.['sourceOrganization'])[0];
	return {
		types: [...new Set(nodes.flatMap(typesOf))],
		headline: text(article?.['headline'] ?? article?.['name']),
		datePublished: text(article?.['datePublished'] ?? article?.['dateCreated']),
		dateModified: text(article?.['dateModified']),
		authorOrganisations: authors.filter(isOrganisation).map(node => text(node['name'])).filter((name): name is string => Boolean(name)),
		authorPeople: authors.filter(node => !isOrganisation(node)).map(node => text(node['name'])).filter((name): name is string => Boolean(name)),
		publisher: publisherNode ? text(publisherNode['name']) : null,
		description: text(article?.['description']),
		inLanguage: text(article?.['inLanguage']),
		nodes,
	};
}
