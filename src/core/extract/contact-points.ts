/**
 * Contacts from JSON-LD: schema.org ContactPoints of the article, and press or media ContactPoints of its publisher.
 * A publisher's general customer-service line is site-wide, so it is left out.
 */
import {parsePhoneNumberFromString, type CountryCode} from 'libphonenumber-js';
import type {Contact} from '../../shared/types.ts';
import {cleanText} from './block-text.ts';
import {isEmail, normaliseEmail} from './emails.ts';
import {tagged} from './page-structure.ts';

const PRESS_TYPE = /press|media|presse|medien|public relations|communications|news/i;
const SITE_TYPES = /^(?:Organization|GovernmentOrganization|Corporation|NGO|WebSite|WebPage|Brand|LocalBusiness|Place)$/i;

type JsonObject = Record<string, unknown>;

export function jsonLdContacts(doc: Document, country: CountryCode | undefined): Contact[] {
	const contacts: Contact[] = [];
	for (const script of tagged(doc, 'SCRIPT')) {
		if (script.getAttribute('type') !== 'application/ld+json') {
			continue;
		}
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? '');
		} catch {
			continue; // Malformed JSON-LD is common; the visible page still has the contact.
		}
		visit(data, {underSite: false, owner: null}, contacts, country);
	}
	return contacts;
}

type Context = {underSite: boolean; owner: string | null};

function visit(value: unknown, context: Context, out: Contact[], country: CountryCode | undefined): void {
	if (Array.isArray(value)) {
		for (const item of value) {
			visit(item, context, out, country);
		}
		return;
	}
	if (!value || typeof value !== 'object') {
		return;
	}
	const object = value as JsonObject;
	const types = [object['@type']].flat().map(String);
	if (types.some(type => /^ContactPoint$/i.test(type))) {
		const contactType = text(object['contactType']) ?? '';
		if (!context.underSite || PRESS_TYPE.test(contactType)) {
			const contact = toContact(object, contactType, context.owner, country);
			if (contact) {
				out.push(contact);
			}
		}
		return;
	}
	const organisation = types.some(type => /Organization$/i.test(type)) ? text(object['name']) : undefined;
	const inner: Context = {underSite: context.underSite || types.some(type => SITE_TYPES.test(type)), owner: organisation ?? context.owner};
	for (const [key, child] of Object.entries(object)) {
		if (key !== '@context') {
			visit(child, inner, out, country);
		}
	}
}

function toContact(point: JsonObject, contactType: string, owner: string | null, country: CountryCode | undefined): Contact | null {
	const emails = [point['email']].flat().map(text).filter((email): email is string => Boolean(email)).map(normaliseEmail).filter(isEmail);
	const phones = [point['telephone']].flat().map(text).filter((phone): phone is string => Boolean(phone)).map(phone => {
		const parsed = parsePhoneNumberFromString(phone.replace(/\(0\)/, ''), country);
		return parsed?.isPossible() ? parsed.number : phone;
	});
	if (emails.length === 0 && phones.length === 0) {
		return null;
	}
	const name = text(point['name']);
	return {
		name: name ?? null,
		role: contactType || null,
		organisation: owner,
		emails,
		phones,
		raw: [name, contactType, ...emails, ...[point['telephone']].flat().map(text)].filter(Boolean).join(' '),
	};
}

function text(value: unknown): string | undefined {
	if (typeof value === 'string') {
		return cleanText(value) || undefined;
	}
	return undefined;
}
