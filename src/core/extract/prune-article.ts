/**
 * Cleans Readability's article element: furniture Readability kept because it sat inside the article
 * (bylines, captions, share bars, "More from …" lists, newsletter boxes). Tables are left intact.
 */
import {cleanLength, cleanText, isHidden} from './clean-text.ts';
import {DATE_ONLY_TEXT, FURNITURE_CLASS, FURNITURE_TEXT, OTHER_ITEMS_HEADING} from './boilerplate-rules.ts';
import {findFirstDate} from './parse-date.ts';
import {isLinkList, isSmallBlock} from './remove-boilerplate.ts';
import {classOf, elementsIn, rememberVerdicts} from './dom-walk.ts';

const ALWAYS_TAGS = new Set(['NAV', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'BUTTON', 'INPUT', 'SELECT', 'TEXTAREA', 'FIGCAPTION']);
const ALWAYS_ROLES = new Set(['navigation', 'search', 'banner', 'contentinfo']);

/**
 * `labels` are metadata already in fields (publisher, document type): printed alone above the text, they are not body.
 * `text`: the article's textContent, when the caller has read it already.
 */
export function pruneArticle(article: Element, {labels = [], text}: {labels?: (string | null)[]; text?: string} = {}): void {
	const totalText = cleanLength(text ?? article.textContent);
	// Tag names, not selector lists, and one walk, not querySelectorAll('*'): linkedom matches a selector against every node.
	walkOutsideTables(article, element => {
		const tag = element.tagName;
		// Role, hiding, class and id are all attributes: most elements have none to read.
		const attributed = element.hasAttributes();
		if (ALWAYS_TAGS.has(tag) || (attributed && (ALWAYS_ROLES.has(element.getAttribute('role') ?? '') || isHidden(element)))) {
			element.remove();
			return false;
		}
		const furniture = (attributed && (isFurnitureClass(classOf(element)) || FURNITURE_CLASS.test((element.getAttribute('id') ?? '').toLowerCase()))) || tag === 'FORM';
		if (furniture && isSmallBlock(element, Math.min(1200, totalText / 4))) {
			element.remove();
			return false;
		}
		return true;
	});
	removeFurnitureText(article, labels.filter((label): label is string => Boolean(label)).map(label => cleanText(label).toLowerCase()));
	removeTrailingLists(article);
	// Page classes mean nothing in a clip and would let a page style our views.
	dropClasses(article);
}

function dropClasses(parent: Element): void {
	for (let element = parent.firstElementChild; element; element = element.nextElementSibling) {
		if (element.hasAttribute('class') && classOf(element) !== 'page') {
			element.removeAttribute('class');
		}
		dropClasses(element);
	}
}

/**
 * Visits the elements under `root` in document order, leaving out tables (a data table's cells are not furniture)
 * and whatever `visit` removed or declined (returns false): the elements under them are not visited.
 */
function walkOutsideTables(root: Element, visit: (element: Element) => boolean): void {
	let element = root.firstElementChild;
	while (element) {
		// The next element is found after the visit, which may remove this one: from its parent and sibling, read first.
		const parent = element.parentElement;
		const next = element.nextElementSibling;
		if (element.tagName !== 'TABLE' && visit(element) && element.parentElement === parent && element.firstElementChild) {
			element = element.firstElementChild;
			continue;
		}
		element = next ?? nextAfter(parent, root);
	}
}

// Pages repeat a few class lists on thousands of elements: test each list once. Testing the class and the id one by
// one is testing them joined by a space: no furniture word spans a space.
const isFurnitureClass = rememberVerdicts(names => FURNITURE_CLASS.test(names.toLowerCase()));

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

/** The element after `parent`'s subtree in document order, within `root` (null at its end). */
function nextAfter(parent: Element | null, root: Element): Element | null {
	for (let node = parent; node && node !== root; node = node.parentElement) {
		if (node.nextElementSibling) {
			return node.nextElementSibling;
		}
	}
	return null;
}

/** Short blocks in furniture words. (A repeat of the headline at the top stays: Readability keeps it, and readers expect it.) */
function removeFurnitureText(article: Element, labels: string[]): void {
	let beforeText = true;
	walkOutsideTables(article, element => {
		const tag = element.tagName;
		if (!TEXT_TAGS.has(tag)) {
			return true;
		}
		if (tag === 'DIV' || tag === 'SPAN' || tag === 'A') {
			if (element.firstElementChild !== null) {
				return true; // Only leaf containers: a div with children is layout
			}
		}
		const raw = element.textContent ?? '';
		// Past the opening lines only short blocks can go: a long one need not be cleaned to be kept.
		if (!beforeText && cleanLength(raw, 140) >= 140) {
			return true;
		}
		const text = cleanText(raw);
		if (!text) {
			return true;
		}
		if ((text.length < 140 && FURNITURE_TEXT.test(text)) || (text.length < 80 && DATE_ONLY_TEXT.test(text) && findFirstDate(text))
			|| (beforeText && labels.includes(text.toLowerCase().replace(/[.:]$/, '')))) {
			element.remove();
			return false;
		}
		beforeText &&= text.length < 100;
		return true;
	});
}

/** "More from UK", "Related articles", "You may also like": a heading and link list closing the article. */
function removeTrailingLists(article: Element): void {
	for (const heading of elementsIn(article).slice(1)) {
		if (!LIST_HEADING_TAGS.has(heading.tagName) || !within(heading, article)) {
			continue;
		}
		// Every paragraph is a candidate heading: most are too long to be one, which counting tells without cleaning.
		const raw = heading.textContent;
		if (cleanLength(raw, 60) > 60) {
			continue;
		}
		const text = cleanText(raw);
		if (!OTHER_ITEMS_HEADING.test(text)) {
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
