/**
 * Press, media and enquiry contacts attached to the article: labelled contact blocks, "Contact: …" lead-ins,
 * press-office sentences and JSON-LD ContactPoints. Never the site-wide footer, share links or sidebars.
 */
import type {CountryCode} from 'libphonenumber-js';
import type {Contact} from '../../shared/types.ts';
import {cleanText} from './block-text.ts';
import {parseContactBlock} from './contact-block.ts';
import {contactLines} from './contact-lines.ts';
import {jsonLdContacts} from './contact-points.ts';
import {elementsUnder, hasTagBelowAt, textInRun} from './element-facts.ts';
import {tagSet} from './dom-walk.ts';
import {looksLikeLabel} from './labelled-sections.ts';
import type {PageMetadata} from './metadata.ts';
import {pageCountry} from './page-country.ts';
import {pageStructure, tagged} from './page-structure.ts';
import {CONTACT_LEAD_IN, mentionsPressContact} from './section-cues.ts';
import {isSiteChrome} from './site-chrome.ts';

export type ContactContext = {
	url: string;
	/** The page's metadata; `language` and `canonicalUrl` tell the phone country when the URL does not. */
	meta?: Partial<Pick<PageMetadata, 'language' | 'canonicalUrl'>>;
	/** Overrides the country guessed from the URL and language, for national phone numbers. */
	country?: CountryCode;
};

const MAX_BLOCK_LINES = 40;
const CANDIDATE_TAGS = new Set(['P', 'LI', 'DD', 'DIV']);
const HOLDS_BLOCKS = tagSet(['P', 'LI', 'DIV', 'UL', 'OL', 'TABLE']);

export function findContacts(doc: Document, context: ContactContext): Contact[] {
	const structure = pageStructure(doc);
	const {scope, sections} = structure;
	const language = context.meta?.language ?? doc.documentElement.getAttribute('lang');
	// A saved copy or a fixture has a neutral address: the canonical URL still names the country.
	const country = context.country ?? pageCountry({url: context.url, alternateUrls: [context.meta?.canonicalUrl, canonicalOf(doc)], language});
	const blocks: Node[][] = [];
	const covered = new Set<Node>();
	for (const section of sections) {
		// A press label is trusted anywhere outside furniture; a bare "Contact" only inside the article.
		const trusted = section.kind === 'press-contact' || (section.kind === 'contact' && scope.root.contains(section.labelElement));
		if (!trusted || isSiteChrome(section.labelElement, scope.root, structure)) {
			continue;
		}
		blocks.push(section.nodes);
		covered.add(section.labelElement);
		for (const node of section.nodes) {
			covered.add(node);
		}
	}
	const run = elementsUnder(structure, scope.root);
	for (let index = run.start; index < run.end; index++) {
		if (!CANDIDATE_TAGS.has(run.tags[index]!) || hasTagBelowAt(run, index, HOLDS_BLOCKS)) {
			continue;
		}
		const element = run.elements[index]!;
		if (isCovered(element, covered)) {
			continue;
		}
		// The words first: few blocks name a contact, and only those need the climb that rules out site furniture.
		const text = cleanText(textInRun(run, index));
		const leadIn = CONTACT_LEAD_IN.test(text);
		if ((!leadIn && !mentionsPressContact(text)) || isSiteChrome(element, scope.root, structure)) {
			continue;
		}
		blocks.push(leadIn ? leadInBlock(element, text) : [element]);
		covered.add(element);
	}
	const contacts = blocks.flatMap(nodes => parseContactBlock(contactLines(nodes, country).slice(0, MAX_BLOCK_LINES)));
	contacts.push(...jsonLdContacts(doc, country));
	return deduplicate(contacts);
}

function canonicalOf(doc: Document): string | undefined {
	const canonical = tagged(doc, 'LINK').find(link => link.getAttribute('rel') === 'canonical');
	const ogUrl = tagged(doc, 'META').find(meta => meta.getAttribute('property') === 'og:url');
	return (canonical?.getAttribute('href') ?? ogUrl?.getAttribute('content')) || undefined;
}

function isCovered(element: Element, covered: Set<Node>): boolean {
	for (let node: Element | null = element; node; node = node.parentElement) {
		if (covered.has(node)) {
			return true;
		}
	}
	return false;
}

/** "For media queries, please contact:" on its own line governs the lines that follow it, up to the next label. */
function leadInBlock(element: Element, text: string): Node[] {
	const nodes: Node[] = [element];
	if (text.replace(CONTACT_LEAD_IN, '').trim()) {
		return nodes;
	}
	for (let sibling = element.nextElementSibling; sibling && nodes.length < 8; sibling = sibling.nextElementSibling) {
		if (/^H[1-6]$/.test(sibling.tagName) || sibling.querySelector('h1, h2, h3, h4, h5, h6') || looksLikeLabel(sibling)) {
			break;
		}
		nodes.push(sibling);
	}
	return nodes;
}

/** One person per address or number: blocks found twice (a heading and its container) merge into one. */
function deduplicate(contacts: Contact[]): Contact[] {
	const merged: Contact[] = [];
	for (const contact of contacts) {
		const same = merged.find(
			other =>
				contact.emails.some(email => other.emails.includes(email)) ||
				contact.phones.some(phone => other.phones.includes(phone)) ||
				(contact.emails.length === 0 && contact.phones.length === 0 && contact.name !== null && other.name === contact.name),
		);
		if (!same) {
			merged.push({...contact, emails: [...contact.emails], phones: [...contact.phones]});
			continue;
		}
		same.name ??= contact.name;
		same.role ??= contact.role;
		same.organisation ??= contact.organisation;
		same.emails.push(...contact.emails.filter(email => !same.emails.includes(email)));
		same.phones.push(...contact.phones.filter(phone => !same.phones.includes(phone)));
		if (contact.raw.length > same.raw.length) {
			same.raw = contact.raw;
		}
	}
	return merged;
}
