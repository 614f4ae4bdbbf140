/** Related content, attachments, the original source and inline links, resolved to absolute URLs. */
import type {ClipLink, LinkKind} from '../../shared/types.ts';
import type {ArticleScope} from './article-scope.ts';
import {attachmentDetails, isAttachmentUrl, stripFileFacts} from './attachments.ts';
import {cleanText} from './block-text.ts';
import type {LabelledSection} from './labelled-sections.ts';
import {pageStructure} from './page-structure.ts';
import {isGenericLabel, linkLabel} from './link-label.ts';
import {documentBase, isFurnitureTarget, isSamePage, resolveHref} from './link-targets.ts';
import {sectionKind} from './section-cues.ts';
import {isSiteChrome, words} from './site-chrome.ts';

export type LinkContext = {
	url: string;
	/** The article container, when the caller has already found it. */
	scope?: ArticleScope;
	/** The labelled blocks of the page, when the caller has already found them. */
	sections?: LabelledSection[];
};

// When one URL appears twice, the stronger reading wins: a file is an attachment wherever it is linked.
const RANK: Record<LinkKind, number> = {inline: 0, related: 1, source: 2, attachment: 3};
const PROSE = 'p, li, blockquote, td, dd, h2, h3, h4, h5, h6, figcaption';
const NOT_CONTENT = new Set(['author', 'byline', 'tag', 'tags', 'topics', 'keywords', 'category', 'categories', 'caption', 'credit', 'credits']);

export function findLinks(doc: Document, {url, ...given}: LinkContext): ClipLink[] {
	const {scope, sections} = given.scope && given.sections ? {scope: given.scope, sections: given.sections} : pageStructure(doc);
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
		if (home ? isSiteChrome(home.parentElement ?? home, scope.root) : isSiteChrome(section.labelElement, scope.root)) {
			continue;
		}
		for (const link of linksIn(section.nodes)) {
			if (!isSiteChrome(link, section.labelElement)) {
				add(link, section.kind, section.label);
			}
		}
	}
	const nonContent = new Map<Element, boolean>();
	const linkLists = new Map<Element, boolean>();
	for (const link of scope.root.querySelectorAll('a[href]')) {
		if (seen.has(link) || isSiteChrome(link, scope.root) || inNonContent(link, scope.root, nonContent)) {
			continue;
		}
		const kind = sourceLeadIn(link) ? 'source' : (scope.body.contains(link) && linkListItem(link, linkLists)) || embeddedTeaser(link, scope) ? 'related' : 'inline';
		if (kind !== 'inline' || (scope.body.contains(link) && link.closest(PROSE)) || isAttachmentUrl(resolveHref(link.getAttribute('href') ?? '', base) ?? '', link)) {
			add(link, kind);
		}
	}
	// Sections were read first; give the reader the links in page order.
	const order = new Map<Element, number>([...doc.querySelectorAll('a[href]')].map((link, index) => [link, index]));
	return [...found.values()].sort((a, b) => (order.get(firstLink.get(a)!) ?? 0) - (order.get(firstLink.get(b)!) ?? 0));
}

function labelledLandmark(section: LabelledSection): Element | null {
	const landmark = section.labelElement.closest('nav, aside, [role="navigation"], [role="complementary"]');
	if (!landmark) {
		return null;
	}
	const heading = landmark.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
	return landmark === section.labelElement || heading === section.labelElement ? landmark : null;
}

function linksIn(nodes: Node[]): Element[] {
	const links: Element[] = [];
	for (const node of nodes) {
		if (node.nodeType !== 1) {
			continue;
		}
		const element = node as Element;
		if (element.tagName === 'A' && element.hasAttribute('href')) {
			links.push(element);
		}
		links.push(...element.querySelectorAll('a[href]'));
	}
	return links;
}

/** Bylines, tag clouds and image credits inside the article are not content links. */
function inNonContent(link: Element, root: Element, cache: Map<Element, boolean>): boolean {
	const visited: Element[] = [];
	let verdict = false;
	for (let node: Element | null = link; node && node !== root; node = node.parentElement) {
		const known = cache.get(node);
		if (known !== undefined) {
			verdict = known;
			break;
		}
		visited.push(node);
		const names = `${node.getAttribute('class') ?? ''} ${node.getAttribute('rel') ?? ''}`.split(/\s+/).flatMap(words);
		if (names.some(name => NOT_CONTENT.has(name))) {
			verdict = true;
			break;
		}
	}
	for (const node of visited) {
		cache.set(node, verdict);
	}
	return verdict;
}

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
function embeddedTeaser(link: Element, scope: ArticleScope): boolean {
	const teaser = link.closest('article');
	if (!teaser || teaser === scope.root || !scope.root.contains(teaser) || teaser.contains(scope.body)) {
		return false;
	}
	const title = teaser.querySelector('h1, h2, h3, h4, h5, h6');
	if (!title || title.querySelector('a[href]') !== link) {
		return false;
	}
	for (let node: Element | null = teaser; node && node !== scope.root; node = node.parentElement) {
		for (let previous = node.previousElementSibling, steps = 0; previous && steps < 3; previous = previous.previousElementSibling, steps++) {
			if (/^H[2-6]$/.test(previous.tagName) && !previous.querySelector('a[href]')) {
				return true;
			}
		}
	}
	return false;
}

/** An item of a list in the running text made only of links, such as "Take a look at their videos:" followed by titles. */
function linkListItem(link: Element, cache: Map<Element, boolean>): boolean {
	const list = link.closest('li')?.parentElement;
	if (!list || !/^(?:UL|OL)$/.test(list.tagName)) {
		return false;
	}
	let verdict = cache.get(list);
	if (verdict === undefined) {
		verdict = list.children.length >= 2 && [...list.children].every(item => {
			const links = item.querySelectorAll('a[href]');
			return links.length > 0 && links.length <= 2 && cleanText(item.textContent) === cleanText([...links].map(a => a.textContent).join(' '));
		});
		cache.set(list, verdict);
	}
	return verdict;
}
