/**
 * Site furniture around an article: navigation, breadcrumbs, site header and footer, share and social buttons,
 * cookie banners, feedback and newsletter boxes. Nothing in it is a contact or a related link of the article.
 */
import {ancestorPassesAt, ATTRIBUTE, attributeIf, failUpwards, tagOf, UNKNOWN_ATTRIBUTES, type ElementFacts, type IndexVerdicts} from './element-facts.ts';
import {ancestorPasses, classOf, rememberVerdicts} from './dom-walk.ts';

const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'menu', 'menubar', 'dialog', 'alertdialog']);

// Whole class or id tokens for page-level header and footer; "module-header" or "card__footer" are not site chrome.
const LAYOUT_TOKEN = /^(?:(?:site|global|page|main|govuk|usa|[a-z])[-_]{1,2})?(?:header|footer|masthead|topbar)(?:[-_]{1,2}(?:wrapper|container|inner|outer|main|meta|nav|links|bottom|top))?$/;

// Words that name furniture wherever they appear in a class or id.
const FURNITURE = new RegExp([
	'nav', 'navbar', 'navigation', 'menu', 'menus', 'megamenu', 'breadcrumbs?', 'breadcrump', 'treecrumb', 'skip', 'skiplinks?',
	'cookies?', 'consent', 'gdpr', 'share', 'sharing', 'sharer', 'social', 'socialshare', 'addtoany', 'a2a', 'shariff', 'sharethis',
	'feedback', 'survey', 'satisfaction', 'helpful', 'useful', 'newsletter', 'subscribe', 'subscription', 'signup', 'login', 'signin',
	'pagination', 'pager', 'toolbar', 'sitemap', 'backtotop', 'totop', 'scrollup', 'readspeaker', 'rsbtn', 'bookmarks?',
	'problem', 'languages?', 'translate', 'gtranslate', 'search', 'searchbox', 'overlay', 'modal', 'popup', 'lightbox', 'showbox', 'offcanvas', 'ads?', 'adverts?', 'advertisements?', 'sponsored', 'promoted',
	'taboola', 'outbrain', 'trc', 'ob',
].map(word => `^${word}$`).join('|'));

const CONTENT_WORDS = new Set(['content', 'article', 'entry', 'post', 'node', 'story', 'item', 'card', 'teaser', 'module', 'section', 'body', 'text', 'document']);

// Verdicts per article root (NO_ROOT for none), for every element whose climb has been made: a climb stops at the
// first ancestor already judged, so the links and paragraphs of one block share one climb.
const NO_ROOT = {};
const verdictsByRoot = new WeakMap<object, WeakMap<Element, boolean>>();

/**
 * Whether `el` sits in site furniture. Ancestors that contain the article itself are never furniture.
 * `facts`: the page's element facts (tags, classes, ids), while the tree is as they describe it.
 */
export function isSiteChrome(el: Element, articleRoot: Element | null, facts: ElementFacts | null = null): boolean {
	const index = facts?.order.get(el);
	const verdicts = index === undefined ? undefined : indexVerdictsFor(facts!, articleRoot);
	if (verdicts) {
		// The same climb on the walk's facts: no tree reads, no weak-map look-ups.
		const {tags, parents, elements, attributes, classes, ids} = facts!;
		const start = tags[index!] === 'A' ? parents[index!]! : index!;
		return ancestorPassesAt(facts!, start, verdicts, at => isFurniture(elements[at]!, tags[at]!, attributes[at]!, classes[at]!, ids[at]!), at => isPageRoot(tags[at]!));
	}
	// A link's own class says how it looks ("NavNode", "share-link"), not where it is: start at its parent.
	const start = tagOf(facts, el) === 'A' ? el.parentElement : el;
	return ancestorPasses(start, verdictsFor(articleRoot), node => isFurnitureIn(facts, node), node => isPageRoot(tagOf(facts, node)));
}

// The same verdicts by index into a page's facts, per article root: for climbs from elements the facts know.
const indexVerdicts = new WeakMap<ElementFacts, Map<object, IndexVerdicts>>();

/** The index verdicts under one article root, or undefined when the facts do not know the root. */
function indexVerdictsFor(facts: ElementFacts, articleRoot: Element | null): IndexVerdicts | undefined {
	const rootIndex = articleRoot ? facts.order.get(articleRoot) : -1;
	if (rootIndex === undefined) {
		return undefined;
	}
	let byRoot = indexVerdicts.get(facts);
	if (!byRoot) {
		indexVerdicts.set(facts, (byRoot = new Map()));
	}
	let verdicts = byRoot.get(articleRoot ?? NO_ROOT);
	if (!verdicts) {
		verdicts = new Int8Array(facts.elements.length);
		failUpwards(facts, rootIndex, verdicts);
		byRoot.set(articleRoot ?? NO_ROOT, verdicts);
	}
	return verdicts;
}

function isPageRoot(tag: string): boolean {
	return tag === 'BODY' || tag === 'HTML';
}

function isFurnitureIn(facts: ElementFacts | null, node: Element): boolean {
	const index = facts?.order.get(node);
	return index === undefined
		? isFurniture(node, node.tagName, UNKNOWN_ATTRIBUTES, classOf(node), node.getAttribute('id'))
		: isFurniture(node, facts!.tags[index]!, facts!.attributes[index]!, facts!.classes[index]!, facts!.ids[index]!);
}

/** The verdicts under one article root, its own ancestors judged "not furniture" from the start. */
function verdictsFor(articleRoot: Element | null): WeakMap<Element, boolean> {
	let verdicts = verdictsByRoot.get(articleRoot ?? NO_ROOT);
	if (!verdicts) {
		verdicts = new WeakMap();
		for (let node = articleRoot; node; node = node.parentElement) {
			verdicts.set(node, false);
		}
		verdictsByRoot.set(articleRoot ?? NO_ROOT, verdicts);
	}
	return verdicts;
}

/** `bits`, `names`, `id`: the node's ATTRIBUTE bits, class and id. */
function isFurniture(node: Element, tag: string, bits: number, names: string, id: string | null): boolean {
	if (tag === 'NAV' || tag === 'DIALOG') {
		return true;
	}
	// A header or footer inside an article or main region belongs to the article (HTML sectioning rules).
	if ((tag === 'HEADER' || tag === 'FOOTER') && !node.parentElement?.closest('article, main, [role="main"]')) {
		return true;
	}
	const role = attributeIf(node, bits, ATTRIBUTE.role, 'role');
	if (role && CHROME_ROLES.has(role.toLowerCase())) {
		return true;
	}
	return (names !== '' && hasFurnitureToken(names)) || (id !== null && id !== '' && hasFurnitureToken(id));
}

// Each class list and each class name judged once: pages repeat a few class lists on thousands of elements.
const isFurnitureToken = rememberVerdicts(token => judgeToken(token));
const hasFurnitureToken = rememberVerdicts(names => names.split(/\s+/).some(token => token !== '' && isFurnitureToken(token)));

function judgeToken(token: string): boolean {
	const lower = token.toLowerCase();
	const tokenWords = words(token);
	if (tokenWords.includes('related') && !tokenWords.some(word => /^(?:trc|ob|sponsored|ads?|taboola|outbrain)$/.test(word))) {
		return false; // "gem-c-related-navigation", "related-links-nav": furniture-shaped, but the article's own links
	}
	if (LAYOUT_TOKEN.test(lower) || tokenWords.some(word => FURNITURE.test(word))) {
		return true;
	}
	// "subFooter", "footer-links" close the page; "content-footer", "entry-footer" close the article.
	return tokenWords.some(word => word === 'footer' || word === 'subfooter') && !tokenWords.some(word => CONTENT_WORDS.has(word));
}

/** "navPrimary" → nav, primary; "s-social-sharing__wrapper" → s, social, sharing, wrapper. */
export function words(token: string): string[] {
	return token
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}
