/** The article's visible headline: the heading that best matches the page's declared titles, without kicker or date. */
import {classAndId, cleanText, isHidden, isHiddenWithin, wordOverlap, words} from './clean-text.ts';
import {elementsByTag, type PageIndex} from './page-index.ts';
import {findDates} from './parse-date.ts';
import {ATTRIBUTE, attributeIf, attributesOf, classIn, idIn, tagOf, textOf, type ElementFacts} from './element-facts.ts';

export type Headline = {element: Element | null; title: string};

const KICKER = /kicker|topline|roofline|overline|dachzeile|eyebrow|supertitle|super-title|pretitle|pre-title|category|rubric|label|tagline|intro-label|date|time/;
const CHROME_TAGS = new Set(['NAV', 'FOOTER']);
const CHROME_ROLES = new Set(['navigation', 'contentinfo', 'search', 'presentation']);
const MAIN_TAGS = new Set(['MAIN', 'ARTICLE']);

/** Where a heading sits: in site chrome (navigation, footer, logo), in the main content, or neither. Ancestor walks are cheaper than `closest()` with selector lists. */
function placeOf(element: Element, facts: ElementFacts | null): {chrome: boolean; main: boolean} {
	let main = false;
	for (let node: Element | null = element; node; node = node.parentElement) {
		const tag = tagOf(facts, node);
		const role = attributeIf(node, attributesOf(facts, node), ATTRIBUTE.role, 'role');
		const id = idIn(facts, node);
		if (CHROME_TAGS.has(tag) || (role && CHROME_ROLES.has(role)) || /(?:^|\s)logo(?:\s|$)/.test(classIn(facts, node)) || id === 'logo') {
			return {chrome: true, main};
		}
		main ||= MAIN_TAGS.has(tag) || role === 'main' || /^(?:content|main|maincontent|main-content)$/i.test(id ?? '');
	}
	return {chrome: false, main};
}

/**
 * `references` are the titles the page declares (`<title>`, og:title, JSON-LD headline); they only rank and trim.
 * `siteName` (og:site_name) marks the site's own branding heading, which is never the headline.
 * `facts`: the page's element facts, while the tree is as they describe it.
 */
export function findHeadline(page: PageIndex, references: string[], siteName: string | null = null, facts: ElementFacts | null = null): Headline {
	let best: {element: Element; score: number} | null = null;
	const candidates = [...elementsByTag(page, 'H1'), ...elementsByTag(page, 'H2')];
	const referenceWords = references.map(reference => new Set(words(reference)));
	const hasH1 = candidates.some(element => element.tagName === 'H1' && !isHiddenWithin(element, null, facts));
	for (const [index, element] of candidates.entries()) {
		const text = cleanText(textOf(facts, element));
		if (text.length < 3 || text.length > 400 || /\{\{|\}\}/.test(text) || (element.tagName === 'H2' && index > 60) || isHiddenWithin(element, null, facts)) {
			continue;
		}
		const place = placeOf(element, facts);
		if (place.chrome || (siteName && wordOverlap(text, siteName) >= 0.8 && wordOverlap(siteName, text) >= 0.8) || linksHome(element)) {
			continue;
		}
		const own = words(text);
		const similarity = Math.max(0, ...referenceWords.map(set => own.filter(word => set.has(word)).length / Math.max(1, own.length)));
		let score = similarity * 5 - index * 0.01;
		score += element.tagName === 'H1' ? 3 : element.tagName === 'H2' ? (hasH1 ? 0 : 1.5) : 2;
		if (place.main) {
			score += 1;
		}
		// A heading that declares a section ("Documents", "Kontakt") shares few words with the page title.
		if (element.tagName === 'H2' && similarity < 0.5) {
			score -= 3;
		}
		if (!best || score > best.score) {
			best = {element, score};
		}
	}
	if (!best) {
		return {element: null, title: ''};
	}
	return {element: best.element, title: headingText(best.element, references)};
}

/** A heading that is a link to the home page is the site's name. */
function linksHome(heading: Element): boolean {
	const href = heading.getElementsByTagName('a')[0]?.getAttribute('href');
	return href === '/' || href === './' || /^https?:\/\/[^/]+\/?$/.test(href ?? '');
}

/** The heading's text without leading kickers or date parts, e.g. "<span>Ernährung sichern</span> Schulze: …". */
export function headingText(heading: Element, references: string[]): string {
	const parts: {text: string; element: Element | null}[] = [];
	let run = ''; // Adjacent text nodes are one part: some parsers split text at entities (&shy;)
	const flush = () => {
		if (cleanText(run)) {
			parts.push({text: cleanText(run), element: null});
		}
		run = '';
	};
	for (const node of heading.childNodes) {
		if (node.nodeType !== 1) {
			run += node.textContent ?? '';
			continue;
		}
		flush();
		const element = node as Element;
		const text = cleanText(element.textContent);
		if (text && !isHidden(element)) {
			parts.push({text, element});
		}
	}
	flush();
	// A single wrapper (h1 > span) holds the parts one level down.
	if (parts.length === 1 && parts[0]!.element && parts[0]!.element.firstElementChild !== null && !KICKER.test(classAndId(parts[0]!.element))) {
		return headingText(parts[0]!.element, references);
	}
	const isDateOnly = (text: string) => findDates(text).some(date => date.length >= text.replace(/[^\p{L}\p{N}]+$/u, '').length - 2);
	let kept = parts.filter(part => !isDateOnly(part.text));
	while (kept.length > 1) {
		const [first, ...rest] = kept;
		const restText = rest.map(part => part.text).join(' ');
		const kicker = first!.element && KICKER.test(classAndId(first!.element));
		const unreferenced = references.some(reference => wordOverlap(restText, reference) >= 0.8 && wordOverlap(first!.text, reference) < 0.5);
		if (!kicker && !unreferenced) {
			break;
		}
		kept = rest;
	}
	return cleanText(kept.map(part => part.text).join(' ')) || cleanText(heading.textContent);
}

// Not " : ": French puts a space before colons inside real titles.
const SEPARATOR = /\s+[|–—·•»]\s+|\s+-\s+|\s+::\s+/;

/** A declared title without its site part: "Headline | Department" → "Headline". */
export function stripSiteSuffix(title: string, siteNames: string[]): string {
	const parts = cleanText(title).split(SEPARATOR).map(part => part.trim()).filter(Boolean);
	if (parts.length < 2) {
		return cleanText(title);
	}
	const isSite = (part: string) => siteNames.some(name => name && (wordOverlap(part, name) >= 0.8 || wordOverlap(name, part) >= 0.8));
	// Site names sit at either end; what is left is the headline, or its longest part (sections are short).
	while (parts.length > 1 && isSite(parts.at(-1)!)) {
		parts.pop();
	}
	while (parts.length > 1 && isSite(parts[0]!)) {
		parts.shift();
	}
	return parts.reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}
