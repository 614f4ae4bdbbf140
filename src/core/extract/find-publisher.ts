/** The issuing department(s): labelled on the page ("From:", "Department:", "Herausgeber"), then structured data, then the site. */
import {cleanText, isHiddenWithin} from './clean-text.ts';
import {ATTRIBUTE, attributeIf, classIn, tagOf, type ElementFacts} from './element-facts.ts';
import type {JsonLdFacts} from './json-ld.ts';
import type {MetaTags} from './meta-tags.ts';
import {pageFacts, type PageIndex} from './page-index.ts';

// A label, then the organisation(s) in the element that follows it or in the rest of the same element.
// A colon is required ("From" alone is a date filter or a sentence), except for headings like admin.ch's "Herausgeber".
const LABEL = /^(?:(?:from|department|issued by|published by|organisation|organization|ministry|ministerium|behörde|publié par|émetteur)\s*:|herausgeber\s*:?|herausgegeben von\s*:?)$/i;
const INLINE_LABEL = /^(?:from|department|issued by|published by|herausgeber|publié par)\s*:\s*(.+)$/i;
const LATEST_FROM = /^(?:latest news from|more news from|other news from|more from|weitere meldungen (?:des|der|von))\s*:?\s*(.*)$/i;
const MAX_NAME = 160;
// Cheap first test on each text node before the anchored patterns above.
const LABEL_WORDS = /from|department|issued|published|organi[sz]ation|ministry|ministerium|behörde|publié|émetteur|herausge|weitere meldungen/i;

/** Names joined the way the Extraction stores several departments. */
// GOV.UK's "From:" lists ministers beside departments: the department is the publisher.
const PERSON = /(?:^(?:the )?(?:rt |right )?hon\b|^(?:dr|sir|dame|lord|baroness|senator)\b|\bMP$|\bMSP$|\bMLA$)/i;

export function joinNames(names: string[]): string | null {
	const organisations = names.filter(name => !PERSON.test(cleanText(name)));
	names = organisations.length > 0 ? organisations : names;
	// Labels leave their punctuation behind (": Bundeskriminalamt").
	const cleaned = names.map(name => cleanText(name).replace(/^[\s:;,–—-]+|[\s:;,–—-]+$/g, ''));
	const unique = [...new Map(cleaned.map(name => [name.toLowerCase(), name])).values()].filter(name => name && name.length <= MAX_NAME);
	return unique.length > 0 ? unique.join('; ') : null;
}

/** Text directly inside the element (not its descendants): cheap, and what a label element holds. */
function ownText(element: Element): string {
	let text = '';
	for (const node of element.childNodes) {
		if (node.nodeType === 3) {
			text += node.nodeValue;
		}
	}
	return cleanText(text);
}

/** Names that a label introduces: links in the next element, else its text, else the text after the colon. */
function namesAfterLabel(label: Element, inline: string | undefined): string[] {
	// <dt><span>From:</span></dt><dd>…</dd>: climb while the label is all its parent says.
	let from: Element = label;
	while (!from.nextElementSibling && from.parentElement && cleanText(from.parentElement.textContent) === cleanText(from.textContent)) {
		from = from.parentElement;
	}
	const next = from.nextElementSibling;
	const linkTexts = (holder: Element | null) => (holder ? [...holder.getElementsByTagName('a')] : []).map(link => cleanText(link.textContent)).filter(text => text && !/^(?:https?:\/\/|www\.)/.test(text));
	const own = linkTexts(label); // <strong>From: <a>Agency</a></strong>
	if (own.length > 0) {
		return own;
	}
	const links = linkTexts(next);
	if (inline) {
		return inline.split(/\s*(?:;|,? and |,? und |,? et )\s*/).filter(Boolean);
	}
	if (links.length > 0 && links.length <= 6) {
		return links;
	}
	const text = cleanText(next?.textContent);
	// "Eidgenössisches Departement für … http://www.uvek.admin.ch": the name, not the address after it.
	return text && text.length <= MAX_NAME * 2 ? [text.replace(/\s+(?:https?:\/\/|www\.)\S+.*$/, '')] : [];
}

/** Organisation names printed next to a label on the page (GOV.UK "From:", syndicated "Department:", admin.ch "Herausgeber"). */
export function findLabelledPublisher(page: PageIndex): string | null {
	for (const {node, value} of page.nodes) {
		if (!LABEL_WORDS.test(value)) {
			continue;
		}
		const element = node.parentElement;
		if (!element) {
			continue;
		}
		const own = ownText(element);
		if (!own || own.length > MAX_NAME + 30) {
			continue;
		}
		const inline = INLINE_LABEL.exec(own);
		if ((inline || LABEL.test(own)) && !isHiddenWithin(element)) {
			const names = joinNames(namesAfterLabel(element, inline?.[1]));
			if (names) {
				return names;
			}
		}
		// "Latest News from <department>" closes syndicated items and names the issuer.
		const latest = LATEST_FROM.exec(own);
		if (latest) {
			const name = latest[1] || cleanText(element.nextElementSibling?.textContent ?? element.parentElement?.nextElementSibling?.textContent);
			if (name && name.length <= MAX_NAME) {
				return name;
			}
		}
	}
	return null;
}

/** The site's own name from its logo or home link, for sites whose og:site_name is a domain or an acronym. */
function siteNameFromLogo(doc: Document): string | null {
	for (const element of logoCandidates(doc)) {
		const text = cleanText(element.querySelector('img[alt]')?.getAttribute('alt') || element.getAttribute('title'))
			.replace(/\((?:link )?(?:zur|to the)? ?(?:startseite|home ?page)\)|\b(?:logo|home|zur startseite|startseite|zurück|bildwortmarke)\b( des| der| of)?|[-–|:]\s*$/gi, '')
			.trim();
		if (text.length > 3 && /\s/.test(text)) {
			return text;
		}
	}
	return null;
}

/**
 * What `a[rel=home], a.logo, #logo, .logo a, header a[href="/"]` selects, in document order: the page's element list
 * from the walk that indexed it, climbing from links only (a page has far fewer links than elements).
 */
function logoCandidates(doc: Document): Element[] {
	const found: Element[] = [];
	const facts = pageFacts(doc);
	const {elements, tags, attributes, classes, ids} = facts;
	for (let index = 0; index < elements.length; index++) {
		if (ids[index] === 'logo') {
			found.push(elements[index]!);
		} else if (tags[index] === 'A') {
			const link = elements[index]!;
			if (attributeIf(link, attributes[index]!, ATTRIBUTE.rel, 'rel') === 'home' || isLogo(classes[index]!) || logoLink(link, attributes[index]!, facts)) {
				found.push(link);
			}
		}
	}
	return found;
}

/** `names`: the element's class attribute. */
function isLogo(names: string): boolean {
	return names.includes('logo') && names.split(/\s+/).includes('logo');
}

/** A link inside a `.logo`, or a link home inside a `<header>`. `bits`: the link's ATTRIBUTE bits. */
function logoLink(link: Element, bits: number, facts: ElementFacts): boolean {
	const home = attributeIf(link, bits, ATTRIBUTE.href, 'href') === '/';
	for (let node = link.parentElement; node; node = node.parentElement) {
		if (isLogo(classIn(facts, node)) || (home && tagOf(facts, node) === 'HEADER')) {
			return true;
		}
	}
	return false;
}

type PublisherSources = {meta: MetaTags; jsonLd: JsonLdFacts; page: PageIndex; siteName: string | null; authorOrganisation: string | null};

export function findPublisher(doc: Document, {meta, jsonLd, page, siteName, authorOrganisation}: PublisherSources): string | null {
	const domainOrAcronym = !siteName || /\.[a-z]{2,}$/i.test(siteName) || /^[\p{Lu}\d&-]{2,10}$/u.test(siteName);
	return (
		findLabelledPublisher(page)
		?? joinNames(jsonLd.authorOrganisations)
		?? joinNames(meta.all('govuk:primary-publishing-organisation'))
		?? joinNames([...meta.all('dcterms.creator'), ...meta.all('dc.creator')])
		?? joinNames(meta.all('dcterms.publisher'))
		?? jsonLd.publisher
		?? authorOrganisation // <meta name=author> naming a ministry
		?? (domainOrAcronym ? siteNameFromLogo(doc) : null)
		?? siteName
	);
}
