/**
 * A contact block as the lines a reader sees, each with the addresses and numbers it carries, including those
 * only in links ("Email: Kontakt aufnehmen" → an encrypted mailto, "Call us" → a tel: link).
 */
import type {CountryCode} from 'libphonenumber-js';
import {cleanText, isHidden} from './block-text.ts';
import {FURNITURE_TEXT} from './boilerplate-rules.ts';
import {emailFromLink, findEmails} from './emails.ts';
import {countryOfInternationalNumber, findPhones, phoneFromTelHref, type FoundPhone} from './phones.ts';

export type ContactLine = {
	text: string;
	/** First line of a paragraph or other block: people in a contact list usually get one each. */
	startsBlock: boolean;
	emails: string[];
	phones: FoundPhone[];
};

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON', 'SELECT', 'IFRAME', 'IMG']);
const MAIL_LABEL = /^(?:e-?mail|send (?:an )?e-?mail|write to|mail|e-?mail (?:an|schreiben)|schreiben sie|écrire à|envoyer un (?:courriel|e-?mail)|courriel)\b/i;
const INLINE = new Set(['A', 'ABBR', 'B', 'CITE', 'CODE', 'EM', 'FONT', 'I', 'LABEL', 'MARK', 'Q', 'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'BDI', 'DATA']);

export function contactLines(nodes: Node[], country: CountryCode | undefined): ContactLine[] {
	type Raw = {text: string; startsBlock: boolean; linkEmails: string[]; linkPhones: string[]};
	const lines: Raw[] = [];
	let blockStart = true;
	let current: Raw = {text: '', startsBlock: true, linkEmails: [], linkPhones: []};
	const breakLine = (endsBlock = false) => {
		if (cleanText(current.text) || current.linkEmails.length > 0 || current.linkPhones.length > 0) {
			lines.push(current);
			blockStart = false;
		}
		blockStart ||= endsBlock;
		current = {text: '', startsBlock: blockStart, linkEmails: [], linkPhones: []};
	};
	const walk = (node: Node) => {
		if (node.nodeType === 3) {
			current.text += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== 1) {
			return;
		}
		const element = node as Element;
		const tag = element.tagName.toUpperCase();
		if (SKIPPED.has(tag) || isHidden(element)) {
			return;
		}
		if (tag === 'BR') {
			breakLine();
			return;
		}
		if (tag === 'A') {
			const email = emailFromLink(element);
			if (email) {
				current.linkEmails.push(email);
				// "Email Jamie", "E-Mail schreiben": the label of an address, not a name or an organisation.
				if (MAIL_LABEL.test(cleanText(element.textContent ?? ''))) {
					return;
				}
			}
			const href = element.getAttribute('href') ?? '';
			const phone = /^tel:/i.test(href) ? phoneFromTelHref(href, country) : null;
			if (phone) {
				current.linkPhones.push(phone);
			}
		}
		const block = !INLINE.has(tag);
		if (block) {
			breakLine(true);
		}
		for (let child = element.firstChild; child; child = child.nextSibling) {
			walk(child);
		}
		if (block) {
			breakLine(true);
		}
	};
	for (const node of nodes) {
		walk(node);
	}
	breakLine();
	// No country from the page: a "+CC" number anywhere in the block names it for the national ones.
	const blockCountry = country ?? countryOfInternationalNumber(lines.map(line => line.text).join('\n'));
	return lines.map(line => {
		const text = cleanText(line.text);
		const phones = findPhones(text, blockCountry);
		for (const number of line.linkPhones) {
			if (!phones.some(phone => samePhone(phone.number, number))) {
				phones.push({number, raw: number, label: 'tel'});
			}
		}
		return {text, startsBlock: line.startsBlock, emails: [...new Set([...line.linkEmails, ...findEmails(text)])], phones};
	}).filter(line => line.emails.length > 0 || line.phones.length > 0 || !FURNITURE_TEXT.test(line.text)); // "Follow us on …" under a press office
}

/** "+80067891011" from the text and "0080067891011" from its tel: link are one number: compare the last digits. */
function samePhone(a: string, b: string): boolean {
	const digits = (phone: string) => phone.replace(/\D/g, '').slice(-8);
	return digits(a) === digits(b);
}
