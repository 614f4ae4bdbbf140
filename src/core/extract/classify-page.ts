/** Decides whether a page is an article, and says why not in words (a listing, a search page, a home page). */
import {classOf} from './dom-walk.ts';
import {cleanLength} from './clean-text.ts';
import {ARTICLE_TYPES} from './json-ld.ts';
import type {PageSignals} from './metadata.ts';
import {tagged} from './page-structure.ts';

export type PageShape = {
	/** Structured data calls the page an article (JSON-LD, og:type, a GOV.UK content format). */
	declaredArticle: boolean;
	/** Structured data calls the page a collection, a search page or a site. */
	declaredListing: 'search' | 'listing' | 'home' | null;
	searchForm: boolean;
	/** A password field: a sign-in form, which a login wall shows instead of the article. */
	passwordField: boolean;
	/** The title says the page was not found (the content script cannot see the HTTP status). */
	notFoundTitle: boolean;
	urlKind: 'search' | 'home' | null;
};

// A sign-in box in the navigation, header, footer, a menu or a dialog sits on every page of a site, articles included;
// a login wall puts its form where the article would be.
const FURNITURE_TAGS = new Set(['NAV', 'HEADER', 'FOOTER', 'ASIDE', 'DIALOG']);
const FURNITURE_ROLES = /^(?:navigation|banner|contentinfo|complementary|menu|menubar|dialog)$/;
const FURNITURE_CLASS = /(?:^|[\s_-])(?:nav|navbar|navigation|menu|dropdown|header|masthead|footer|modal|popup|overlay|offcanvas)(?:$|[\s_-])/i;

function inPageFurniture(element: Element): boolean {
	for (let node = element.parentElement; node; node = node.parentElement) {
		if (FURNITURE_TAGS.has(node.tagName) || FURNITURE_ROLES.test(node.getAttribute('role') ?? '') || FURNITURE_CLASS.test(classOf(node)) || FURNITURE_CLASS.test(node.id)) {
			return true;
		}
	}
	return false;
}

/** Below this much text, a page with a password field is a login wall, not an article that happens to have a form. */
const LOGIN_WALL_TEXT = 1000;

const LISTING_FORMATS = /^(?:finder|search|organisation|topic|taxon|mainstream_browse_page|topical_event|homepage|world_location|collection)$/;

/** Read before Readability runs: it consumes the document. */
export function readPageShape(doc: Document, url: string, {jsonLd, meta}: PageSignals): PageShape {
	const format = meta.get('govuk:format');
	const ogType = meta.get('og:type')?.toLowerCase() ?? '';
	const types = jsonLd.types;
	const declaredListing = types.includes('SearchResultsPage') ? 'search'
		: types.some(type => type === 'CollectionPage' || type === 'ItemList') && !types.some(type => ARTICLE_TYPES.includes(type)) ? 'listing'
		: format && LISTING_FORMATS.test(format) ? (format === 'homepage' ? 'home' : format === 'search' || format === 'finder' ? 'search' : 'listing')
		: null;
	return {
		declaredArticle: types.some(type => ARTICLE_TYPES.includes(type)) || ogType === 'article' || Boolean(format && !LISTING_FORMATS.test(format)) || meta.get('article:published_time') !== null,
		declaredListing,
		searchForm: hasSearchFormInContent(doc),
		notFoundTitle: /^(?:page not found|not found|404\b|error 404|sorry, (?:we|that page) (?:can(?:no|')t|could not) be found)/i.test((doc.title ?? '').trim()),
		passwordField: tagged(doc, 'INPUT').some(input => input.getAttribute('type')?.toLowerCase() === 'password' && !inPageFurniture(input)),
		urlKind: urlKind(url),
	};
}

/** A search box inside the main content (every site has one in its header; a results page has one in its body). */
function hasSearchFormInContent(doc: Document): boolean {
	for (const input of tagged(doc, 'INPUT')) {
		const type = input.getAttribute('type') ?? 'text';
		const name = (input.getAttribute('name') ?? '').toLowerCase();
		if (type !== 'search' && !(type === 'text' && /^(?:q|query|keywords?|search|suchbegriff|searchtext|s)$/.test(name))) {
			continue;
		}
		for (let node = input.parentElement; node; node = node.parentElement) {
			if (node.tagName === 'HEADER' || node.tagName === 'NAV') {
				break;
			}
			if (node.tagName === 'MAIN' || node.getAttribute('role') === 'main' || node.getAttribute('id') === 'content') {
				return true;
			}
		}
	}
	return false;
}

function urlKind(url: string): 'search' | 'home' | null {
	let parsed: URL;
	try {
		parsed = new URL(url);
	} catch {
		return null;
	}
	const path = parsed.pathname.toLowerCase();
	if (/(?:^|\/)(?:search|suche|recherche|rechercher|busqueda|buscar|zoeken|ricerca|results)(?:\/|$|\.|_)/.test(path)) {
		return 'search';
	}
	if (['q', 'query', 'search', 'keywords', 'keys', 'suchbegriff', 'searchtext'].some(name => parsed.searchParams.get(name))) {
		return 'search';
	}
	// "/", "/en/", "/index.html", "/de/home": a site's front door.
	if (/^\/(?:[a-z]{2}(?:-[a-z]{2})?\/?)?(?:index\.\w+|home(?:page)?(?:\.\w+)?|startseite(?:\.\w+)?)?$/.test(path)) {
		return 'home';
	}
	return null;
}

/** `text`: the root's textContent. */
export type BodyShape = {text: string; root: Element};

/** Null for an article; otherwise the reason, in words a person reads. */
export function whyNotArticle(shape: PageShape, body: BodyShape | null): string | null {
	const text = body?.text ?? '';
	if (!body || text.length < 25) {
		return 'No article text found on this page.';
	}
	const teasers = teaserCount(body.root);
	const linkHeavy = linkDensity(body.root, text) > 0.5;
	const looksListed = (teasers >= 4 && teasers * 350 > text.length) || (linkHeavy && text.length < 4000);
	if (shape.declaredListing === 'search' || (shape.urlKind === 'search' && (looksListed || shape.searchForm))) {
		return 'This is a search results page, not an article.';
	}
	if (shape.notFoundTitle && text.length < LOGIN_WALL_TEXT) {
		return 'This is a "page not found" error page, not an article.';
	}
	if (shape.passwordField && text.length < LOGIN_WALL_TEXT) {
		return 'This page asks you to sign in, and shows no article.';
	}
	if (shape.declaredArticle && !shape.declaredListing) {
		return null;
	}
	// A site's front door with only a short blurb left after the lists are dropped is not a news item either.
	if (shape.declaredListing === 'home' || (shape.urlKind === 'home' && (looksListed || teasers >= 3 || text.length < 1500))) {
		return 'This is a home page, not an article.';
	}
	if (shape.declaredListing === 'listing' || looksListed) {
		return 'This is a list of news items, not an article.';
	}
	return null;
}

/** Headings that are links, each opening a teaser: the shape of a list of news items. */
function teaserCount(root: Element): number {
	let count = 0;
	for (const tag of ['h2', 'h3', 'h4']) {
		for (const heading of root.getElementsByTagName(tag)) {
			const link = heading.getElementsByTagName('a')[0];
			if (link?.hasAttribute('href') && cleanLength(link.textContent) >= cleanLength(heading.textContent) * 0.6) {
				count++;
			}
		}
	}
	return count;
}

/** `text`: the root's textContent, read once by the caller. */
function linkDensity(root: Element, text: string): number {
	const total = cleanLength(text);
	if (total === 0) {
		return 1;
	}
	let linked = 0;
	for (const link of root.getElementsByTagName('a')) {
		linked += cleanLength(link.textContent);
	}
	return linked / total;
}
