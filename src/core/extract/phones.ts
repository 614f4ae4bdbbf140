/**
 * Phone numbers printed in a contact block, normalised to E.164 with libphonenumber-js in the page's country.
 * Fax numbers are left out: a clip's phones are numbers a reader can call.
 */
import {findPhoneNumbersInText, parsePhoneNumberFromString, type CountryCode} from 'libphonenumber-js';

export type FoundPhone = {
	/** E.164 when parseable, else the printed form. */
	number: string;
	/** As printed on the page. */
	raw: string;
	/** The label printed before it, lower-cased ("tel", "out of hours", "mobile"), if any. */
	label: string;
};

/** "12.03.2024", "2024-03-12", "10:30": libphonenumber accepts some dates as numbers. */
const DATE_OR_TIME = /^\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})$|^\d{4}-\d{2}-\d{2}$|^\d{1,2}[:.]\d{2}$/;
const FAX = /(?:fax|telefax|télécopie|telecopie|facsimile)\W*$/i;
const LABEL = /(?:tel(?:ephone|efon|éphone)?|phone|ph|t|m|mob(?:ile)?|cell|handy|mobil|fax|telefax|out of hours|after hours|ooh|hotline|switchboard|zentrale|call|ring|téléphone|tél|portable|tlf|puh)\.?\s*[:.]?\s*$/i;
/** A printed number libphonenumber rejects but a label vouches for (short or unusual formats). */
const LABELLED_NUMBER = /(?:tel(?:ephone|efon|éphone)?|phone|mobile|mob|handy|tél|call|out of hours|after hours|hotline|switchboard)\.?\s*:?\s*(\+?\(?\d[\d\s()./–-]{4,}\d)/gi;

export function findPhones(text: string, country: CountryCode | undefined): FoundPhone[] {
	const found: FoundPhone[] = [];
	let cursor = 0;
	const defaultCountry = country ?? countryOfInternationalNumber(text);
	const all = findPhoneNumbersInText(text, defaultCountry ? {defaultCountry} : {});
	for (const match of all) {
		const before = text.slice(cursor, match.startsAt);
		cursor = match.endsAt;
		const raw = text.slice(match.startsAt, match.endsAt);
		if (FAX.test(before.trimEnd()) || DATE_OR_TIME.test(raw) || isPartOfLongerNumber(text, match.startsAt, match.endsAt)) {
			continue;
		}
		const label = labelOf(before);
		// "10115 Berlin": a short unlabelled number before a place name is a postcode.
		if (!label && !raw.startsWith('+') && raw.replace(/\D/g, '').length < 7) {
			continue;
		}
		found.push({number: match.number.number, raw, label});
	}
	for (const match of text.matchAll(LABELLED_NUMBER)) {
		const raw = match[1]!.trim();
		const start = match.index! + match[0].indexOf(raw);
		if (found.some(phone => text.indexOf(phone.raw) <= start && start < text.indexOf(phone.raw) + phone.raw.length)) {
			continue;
		}
		const digits = raw.replace(/\D/g, '');
		if (digits.length < 5 || digits.length > 15 || /^(?:19|20)\d\d$/.test(digits)) {
			continue;
		}
		// "+49 (0) 30 …": the bracketed trunk zero is for domestic callers and breaks the international form.
		const parsed = parsePhoneNumberFromString(raw.replace(/\(0\)/, ''), defaultCountry);
		found.push({number: parsed?.isPossible() ? parsed.number : raw, raw, label: labelOf(text.slice(0, match.index! + match[0].length - raw.length))});
	}
	return found;
}

/** The country of the first "+CC" number in `text`: a block printing one usually prints the rest nationally. */
export function countryOfInternationalNumber(text: string): CountryCode | undefined {
	return findPhoneNumbersInText(text).find(match => match.number.country)?.number.country;
}

/** Phones from `tel:` links, which carry the dialable form even when the text says "Call us". */
export function phoneFromTelHref(href: string, country: CountryCode | undefined): string | null {
	const raw = decodeURIComponent(href.replace(/^tel:/i, '')).trim();
	if (!/\d{3}/.test(raw)) {
		return null;
	}
	const parsed = parsePhoneNumberFromString(raw, country);
	return parsed?.isPossible() ? parsed.number : raw;
}

function labelOf(before: string): string {
	return before.trimEnd().match(LABEL)?.[0].replace(/[\s:.]+$/, '').toLowerCase() ?? '';
}

/** A match inside a longer run of digits (an IBAN, a reference number) is not a phone. */
function isPartOfLongerNumber(text: string, start: number, end: number): boolean {
	return /[\dA-Za-z]$/.test(text.slice(Math.max(0, start - 1), start)) || /^\d/.test(text.slice(end, end + 1));
}
