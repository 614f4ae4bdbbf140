/** Related content, attachments, the original source and inline links, resolved to absolute URLs. */
import type {ClipLink, LinkKind} from '../../shared/types.ts';
import type {ArticleScope} from './article-scope.ts';
import {ATTRIBUTE, attributeIf, attributesOf, classIn, closestTag, containsIn, elementsUnder, tagOf, type ElementFacts} from './element-facts.ts';
import {firstDescendant, rememberVerdicts} from './dom-walk.ts';
import {attachmentDetails, isAttachmentUrl, stripFileFacts} from './attachments.ts';
import {cleanText} from './block-text.ts';
import type {LabelledSection} from './labelled-sections.ts';
import {pageStructure, type PageStructure} from './page-structure.ts';
import {isGenericLabel, linkLabel} from './link-label.ts';
import {documentBase, isFurnitureTarget, isSamePage, resolveHref} from './link-targets.ts';
import {sectionKind} from './section-cues.ts';
import {isSiteChrome, words} from './site-chrome.ts';

export type LinkContext = {
	url: string;
};

// When one URL appears twice, the stronger reading wins: a file is an attachment wherever it is linked.
const RANK: Record<LinkKind, number> = {inline: 0, related: 1, source: 2, attachment: 3};
const PROSE = new Set(['P', 'LI', 'BLOCKQUOTE', 'TD', 'DD', 'H2', 'H3', 'H4', 'H5', 'H6', 'FIGCAPTION']);
const HEADINGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
const NOT_CONTENT = new Set(['author', 'byline', 'tag', 'tags', 'topics', 'keywords', 'category', 'categories', 'caption', 'credit', 'credits']);

export function findLinks(doc: Document, {url}: LinkContext): ClipLink[] {
	const structure = pageStructure(doc);
	const {scope, sections} = structure;
	const base = documentBase(doc, url);
	const found = new Map<string, ClipLink>();
	const seen = new Set<Element>();
	const firstLink = new Map<ClipLink, Element>();

	const add = (link: Element, kind: LinkKind, sectionLabel?: string) => {
		seen.add(link);
		const raw = link.getAttribute('href') ?? '';
		const href = resolveHref(raw, base);
		if (!href || isSamePage(raw, href, url || base) || isFurnitureTarget(href)) {
			return;
		}
		const file = isAttachmentUrl(href, link);
		const finalKind: LinkKind = file ? 'attachment' : kind === 'attachment' ? 'related' : kind;
		const details = finalKind === 'attachment' ? attachmentDetails(link) : undefined;
		let label = linkLabel(link);
		// "Original article link: https://…": the printed URL says less than the label above it.
		if (sectionLabel && finalKind === 'source' && /^(?:https?:\/\/|www\.)\S+$/.test(label)) {
			label = sectionLabel.replace(/[\s:：]+$/u, '');
		}
		if (finalKind === 'attachment') {
			label = stripFileFacts(label);
		}
		const previous = found.get(href);
		if (previous) {
			if (RANK[finalKind] > RANK[previous.kind]) {
				previous.kind = finalKind;
			}
			if (isGenericLabel(previous.label) && !isGenericLabel(label)) {
				previous.label = label;
			}
			previous.details ??= details;
			return;
		}
		const entry: ClipLink = {label: label || href, href, kind: finalKind, ...(details ? {details} : {})};
		found.set(href, entry);
		firstLink.set(entry, link);
	};

	for (const section of sections) {
		if (section.kind === 'contact' || section.kind === 'press-contact') {
			continue;
		}
		// GOV.UK's "Related content" is a <nav> it labels: the label makes it content, unless the nav is in furniture.
		const home = labelledLandmark(section);
		if (home ? isSiteChrome(home.parentElement ?? home, scope.root, structure) : isSiteChrome(section.labelElement, scope.root, structure)) {
			continue;
		}
		for (const link of linksIn(section.nodes, structure)) {
			if (!isSiteChrome(link, section.labelElement, structure)) {
				add(link, section.kind, section.label);
			}
		}
	}
	const nonContent = new Map<Element, boolean>();
	const linkLists = new Map<Element, boolean>();
	const run = elementsUnder(structure, scope.root);
	for (let index = run.start; index < run.end; index++) {
		if (run.tags[index] !== 'A') {
			continue;
		}
		const link = run.elements[index]!;
		if ((run.attributes[index]! & ATTRIBUTE.href) === 0 || seen.has(link) || isSiteChrome(link, scope.root, structure) || inNonContent(link, scope.root, nonContent, structure)) {
			continue;
		}
		// Climbs on the walk's facts: linkedom builds a new tagName string on every read.
		const inBody = containsIn(structure, scope.body, link);
		const kind = sourceLeadIn(link) ? 'source' : (inBody && linkListItem(link, linkLists, structure)) || embeddedTeaser(link, scope, structure) ? 'related' : 'inline';
		if (kind !== 'inline' || (inBody && closestTag(structure, link, isProse)) || isAttachmentUrl(resolveHref(link.getAttribute('href') ?? '', base) ?? '', link)) {
			add(link, kind);
		}
	}
	// Sections were read first; give the reader the links in page order.
	const {order} = structure;
	return [...found.values()].sort((a, b) => (order.get(firstLink.get(a)!) ?? 0) - (order.get(firstLink.get(b)!) ?? 0));
}

function isProse(tag: string): boolean {
	return PROSE.has(tag);
}

function labelledLandmark(section: LabelledSection): Element | null {
	const landmark = section.labelElement.closest('nav, aside, [role="navigation"], [role="complementary"]');
	if (!landmark) {
		return null;
	}
	const heading = landmark.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
	return landmark === section.labelElement || heading === section.labelElement ? landmark : null;
}

function isLink(element: Element): boolean {
	return element.tagName === 'A' && element.hasAttribute('href');
}

function linksIn(nodes: Node[], structure: PageStructure): Element[] {
	const links: Element[] = [];
	for (const node of nodes) {
		if (node.nodeType !== 1) {
			continue;
		}
		const element = node as Element;
		if (isLink(element)) {
			links.push(element);
		}
		const run = elementsUnder(structure, element);
		for (let index = run.start; index < run.end; index++) {
			if (run.tags[index] === 'A' && run.elements[index]!.hasAttribute('href')) {
				links.push(run.elements[index]!);
			}
		}
	}
	return links;
}

/** Bylines, tag clouds and image credits inside the article are not content links. */
function inNonContent(link: Element, root: Element, cache: Map<Element, boolean>, facts: ElementFacts): boolean {
	const visited: Element[] = [];
	let verdict = false;
	for (let node: Element | null = link; node && node !== root; node = node.parentElement) {
		const known = cache.get(node);
		if (known !== undefined) {
			verdict = known;
			break;
		}
		visited.push(node);
		const bits = attributesOf(facts, node);
		if (namesNonContent(`${classIn(facts, node)} ${attributeIf(node, bits, ATTRIBUTE.rel, 'rel') ?? ''}`)) {
			verdict = true;
			break;
		}
	}
	for (const node of visited) {
		cache.set(node, verdict);
	}
	return verdict;
}

// Each class list split once.
const namesNonContent = rememberVerdicts(names => names.split(/\s+/).flatMap(words).some(name => NOT_CONTENT.has(name)));

/** "Source: <a>", "Original article link: <a>", "Herausgeber <a>": a label printed just before the link. */
function sourceLeadIn(link: Element): boolean {
	let text = '';
	for (let node = link.previousSibling; node && text.length < 60; node = node.previousSibling) {
		text = (node.textContent ?? '') + text;
	}
	if (!cleanText(text) && link.parentElement) {
		const block = link.parentElement;
		text = cleanText(block.previousElementSibling?.textContent);
		if (cleanText(block.textContent) !== cleanText(link.textContent)) {
			return false;
		}
	}
	return sectionKind(cleanText(text)) === 'source';
}

/**
 * The title link of another item embedded in the article under a heading of its own ("Projektsteckbrief" above a
 * project card). Untitled promo cards after an article are site furniture, not related content.
 */
function embeddedTeaser(link: Element, scope: ArticleScope, facts: ElementFacts): boolean {
	const teaser = closestTag(facts, link, tag => tag === 'ARTICLE');
	if (!teaser || teaser === scope.root || !containsIn(facts, scope.root, teaser) || containsIn(facts, teaser, scope.body)) {
		return false;
	}
	const title = firstDescendant(teaser, HEADINGS);
	if (!title || firstLink(title) !== link) {
		return false;
	}
	for (let node: Element | null = teaser; node && node !== scope.root; node = node.parentElement) {
		for (let previous = node.previousElementSibling, steps = 0; previous && steps < 3; previous = previous.previousElementSibling, steps++) {
			if (/^H[2-6]$/.test(previous.tagName) && !firstLink(previous)) {
				return true;
			}
		}
	}
	return false;
}

/** An item of a list in the running text made only of links, such as "Take a look at their videos:" followed by titles. */
function linkListItem(link: Element, cache: Map<Element, boolean>, facts: ElementFacts): boolean {
	const list = closestTag(facts, link, tag => tag === 'LI')?.parentElement;
	if (!list || !/^(?:UL|OL)$/.test(tagOf(facts, list))) {
		return false;
	}
	let verdict = cache.get(list);
	if (verdict === undefined) {
		const items: Element[] = [];
		for (let item = list.firstElementChild; item; item = item.nextElementSibling) {
			items.push(item);
		}
		verdict = items.length >= 2 && items.every(item => {
			const links = [...item.getElementsByTagName('a')].filter(isLink);
			return links.length > 0 && links.length <= 2 && cleanText(item.textContent) === cleanText([...links].map(a => a.textContent).join(' '));
		});
		cache.set(list, verdict);
	}
	return verdict;
}

/** The first link under `element`, like querySelector('a[href]') without compiling a selector. */
function firstLink(element: Element): Element | null {
	for (const link of element.getElementsByTagName('a')) {
		if (link.hasAttribute('href')) {
			return link;
		}
	}
	return null;
}
