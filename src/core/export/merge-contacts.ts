/** One list of contacts for a briefing pack: a press office quoted by five items appears once, with its items. */
import type {Clip, Contact} from '../../shared/types.ts';
import {oneLine} from './well-formed.ts';

export type MergedContact = Contact & {
	/** 1-based positions of the clips that list this contact, in pack order. */
	items: number[];
};

const emailKey = (email: string) => email.trim().toLowerCase();
const phoneKey = (phone: string) => phone.replace(/[^\d+]/g, '');

function keysOf(contact: Contact): string[] {
	const keys = [
		...contact.emails.map(email => `email:${emailKey(email)}`),
		...contact.phones.map(phone => `phone:${phoneKey(phone)}`).filter(key => key.length > 'phone:'.length + 4),
	];
	// A contact with neither email nor phone is only the same as another printed the same way.
	return keys.length > 0 ? keys : [`text:${oneLine(contact.raw || [contact.name, contact.organisation].join(' ')).toLowerCase()}`];
}

/** Values in first-seen order, one per key: "PRESS@x" after "press@x" adds nothing. */
function union<T>(values: T[], more: T[], key: (value: T) => unknown = value => value): T[] {
	const seen = new Map<unknown, T>();
	for (const value of [...values, ...more]) {
		if (!seen.has(key(value))) {
			seen.set(key(value), value);
		}
	}
	return [...seen.values()];
}

function absorb(target: MergedContact, other: Contact): void {
	target.name ??= other.name;
	target.role ??= other.role;
	target.organisation ??= other.organisation;
	target.emails = union(target.emails, other.emails, emailKey);
	target.phones = union(target.phones, other.phones, phoneKey);
}

/**
 * Contacts that share any email address or phone number (compared without case, spacing or punctuation) are
 * one contact; the first clip to name a field wins, and emails, phones and items are combined.
 */
export function mergeContacts(clips: readonly Clip[]): MergedContact[] {
	const merged: MergedContact[] = [];
	const byKey = new Map<string, MergedContact>();
	clips.forEach((clip, index) => {
		for (const contact of clip.contacts) {
			const keys = keysOf(contact);
			const matches = [...new Set(keys.map(key => byKey.get(key)).filter(found => found !== undefined))];
			let target = matches[0];
			if (!target) {
				target = {...contact, emails: [...contact.emails], phones: [...contact.phones], items: []};
				merged.push(target);
			}
			absorb(target, contact);
			// A contact can join two earlier ones (one's email, the other's phone): fold the later into the first.
			for (const other of matches.slice(1)) {
				absorb(target, other);
				target.items = union(target.items, other.items);
				merged.splice(merged.indexOf(other), 1);
			}
			if (!target.items.includes(index + 1)) {
				target.items.push(index + 1);
			}
			for (const key of [...keys, ...keysOf(target)]) {
				byKey.set(key, target);
			}
		}
	});
	for (const contact of merged) {
		contact.items.sort((a, b) => a - b);
	}
	return merged;
}
