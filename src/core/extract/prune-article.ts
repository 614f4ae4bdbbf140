/**
 * Cleans Readability's article element: furniture Readability kept because it sat inside the article
 * (bylines, captions, share bars, "More from …" lists, newsletter boxes). Tables are left intact.
 */
import {classAndId, cleanText, isHidden} from './clean-text.ts';
import {FURNITURE_CLASS, FURNITURE_TEXT, OTHER_ITEMS_HEADING} from './boilerplate-rules.ts';
import {isLinkList, isSmallBlock} from './remove-boilerplate.ts';

const ALWAYS_TAGS = new Set(['NAV', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FIGCAPTION']);
const ALWAYS_ROLES = new Set(['navigation', 'search', 'banner', 'contentinfo']);

export function pruneArticle(article: Element, {headline}: {headline: string}): void {
	const totalText = cleanText(article.textContent).length;
	// Tag names, not selector lists: linkedom compiles a selector on every call (and its getElementsByTagName('*') finds nothing).
	for (const element of [...article.querySelectorAll('*')]) {
		if (!within(element, article) || insideTable(element, article)) {
			continue; // Tables stay whole: a data table's cells are not furniture
		}
		if (ALWAYS_TAGS.has(element.tagName) || ALWAYS_ROLES.has(element.getAttribute('role') ?? '') || isHidden(element)) {
			element.remove();
			continue;
		}
		const furniture = FURNITURE_CLASS.test(classAndId(element)) || element.tagName === 'FORM';
		if (furniture && isSmallBlock(element, Math.min(1200, totalText / 4))) {
			element.remove();
		}
	}
	removeFurnitureText(article, headline);
	removeTrailingLists(article);
}

const TEXT_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'DIV', 'SPAN', 'A']);
const LIST_HEADING_TAGS = new Set(['H2', 'H3', 'H4', 'H5', 'H6', 'P', 'STRONG']);

/** Still inside the article (not removed with an ancestor). Readability's element is detached, so `isConnected` cannot tell. */
function within(element: Element, root: Element): boolean {
	let node: Element | null = element;
	while (node && node !== root) {
		node = node.parentElement;
	}
	return node === root;
}

function insideTable(element: Element, stop: Element): boolean {
	for (let node = element.parentElement; node && node !== stop; node = node.parentElement) {
		if (node.tagName === 'TABLE') {
			return true;
		}
	}
	return element.tagName === 'TABLE';
}

/** Short blocks in furniture words, and a repeat of the headline at the top. */
function removeFurnitureText(article: Element, headline: string): void {
	const title = cleanText(headline).toLowerCase();
	let seenText = false;
	for (const element of [...article.querySelectorAll('*')]) {
		if (!TEXT_TAGS.has(element.tagName) || !within(element, article) || insideTable(element, article)) {
			continue;
		}
		if (element.tagName === 'DIV' || element.tagName === 'SPAN' || element.tagName === 'A') {
			if (element.children.length > 0) {
				continue; // Only leaf containers: a div with children is layout
			}
		}
		const text = cleanText(element.textContent);
		if (!text) {
			continue;
		}
		if (text.length < 140 && FURNITURE_TEXT.test(text)) {
			element.remove();
			continue;
		}
		// The headline repeated as the first block of the body (NSF's h3, many CMS templates).
		if (!seenText && /^H[1-6]$/.test(element.tagName) && text.toLowerCase() === title) {
			element.remove();
			continue;
		}
		seenText = true;
	}
}

/** "More from UK", "Related articles", "You may also like": a heading and link list closing the article. */
function removeTrailingLists(article: Element): void {
	for (const heading of [...article.querySelectorAll('*')]) {
		if (!LIST_HEADING_TAGS.has(heading.tagName) || !within(heading, article)) {
			continue;
		}
		const text = cleanText(heading.textContent);
		if (text.length > 60 || !OTHER_ITEMS_HEADING.test(text)) {
			continue;
		}
		const block = heading.tagName === 'STRONG' ? heading.parentElement ?? heading : heading;
		const following: Element[] = [];
		for (let next = block.nextElementSibling; next; next = next.nextElementSibling) {
			following.push(next);
		}
		if (following.length > 0 && following.every(isLinkList)) {
			block.remove();
			following.forEach(element => element.remove());
		} else if (following.length === 0 && block.parentElement && block.parentElement !== article && isLinkList(block.parentElement)) {
			block.parentElement.remove();
		}
	}
}
