/**
 * Reads the lines of one contact block into people: names, roles and organisations around their emails and phones.
 * A block naming several people ("Press contacts: Eric Mamer (+32 …) Dana Spinant (+32 …)") gives several contacts.
 */
import type {Contact} from '../../shared/types.ts';
import type {ContactLine} from './contact-lines.ts';
import {withoutEmails} from './emails.ts';
import {CONTACT_LEAD_IN, sectionKind} from './section-cues.ts';

const TITLE = String.raw`(?:(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame|Hon|Herr|Frau|M|Mme|Mlle|Me|Sr|Sra|Dott|Ing|Mag|Dipl)\.?\s+)*`;
const NAME_WORD = String.raw`\p{Lu}[\p{L}'’-]*\.?`;
const PARTICLE = String.raw`(?:von|van|de|der|den|du|da|di|del|della|le|la|zu|bin|binti|binte|al|el|ten|ter|y)`;
const PERSON = new RegExp(String.raw`^${TITLE}${NAME_WORD}(?:\s+(?:${PARTICLE}\s+)*${NAME_WORD}){1,3}$`, 'u');
const ORGANISATION = new RegExp(String.raw`(?:ministry|department|dept|office|agency|authority|service|council|commission|government|bureau|directorate|division|unit|team|secretariat|embassy|institute|centre|center|board|administration|foundation|police|press|media|communications|news|newsroom|ministerium|bundes|amt|ämter|behörde|referat|abteilung|pressestelle|presse|dienst|senat|verwaltung|kanzlei|landkreis|landesamt|stadt|ministère|direction|cabinet|préfecture|gouvernement|servizio|ufficio|ministerio|gabinete|agentur|zentrale|stelle|anstalt|gov|govt)`, 'iu');
/** Words that make a part an organisation even right after a role ("Press Officer, Cabinet Office"). */
const STRONG_ORGANISATION = /(?:ministry|department|office|agency|authority|council|commission|government|bureau|directorate|secretariat|embassy|institute|ministerium|bundes|amt\b|behörde|verwaltung|ministère|gouvernement|ministerio)/iu;
const ROLE = /\b(?:officer|manager|director|head|spokes(?:person|man|woman)|secretary|advis[eo]r|minister|lead|chief|executive|specialist|consultant|co-?ordinator|assistant|deputy|senior|sprecher(?:in)?|pressesprecher(?:in)?|leiter(?:in)?|referent(?:in)?|sachbearbeiter(?:in)?|stellvertret\w*|chargée?|attachée?|conseill(?:er|ère)|porte-parole|responsable|directeur|directrice|woordvoerder|portavoce)\b/iu;
const ADDRESS = /\d{4,5}\s+\p{Lu}|\b(?:straße|strasse|str\.|street|st\.|road|rd\.|avenue|ave\.|lane|square|platz|weg|allee|gasse|ring|ufer|rue|boulevard|place|building|house|floor|etage|postfach|p\.?\s?o\.?\s?box|bp)\b|\p{L}+(?:haus|straße|strasse|platz|weg|gasse)\b|\b\d+\s*[a-z]?\s*,/iu;
const DETAIL_LABEL = /(?:^|\s)(?:e-?mail|mail|email address|tel(?:ephone|efon|éphone)?|phone|ph|mob(?:ile)?|cell|handy|mobil|fax|telefax|t|m|e|out of hours|ooh|after hours|courriel|tél|portable|web(?:site)?|internet|twitter|x)\.?\s*[:.]?\s*(?=$|\s)/giu;

/** A sentence of six words or more: prose, not a line of a contact card. */
const SENTENCE = /^(?:\S+\s+){5,}\S*[.!?]$/u;

const SOCIAL = /^(?:[\s|·•,]*(?:x|twitter|facebook|linkedin|instagram|youtube|flickr|mastodon|bluesky|threads|tiktok|whatsapp|rss|\(twitter\)|\(x\)))+[\s|·•,]*$/iu;
const ORGANISATION_LINE = /^\p{Lu}[^\d@]{3,80}$/u;

/** "Out of hours: 020 …" adds a number to the current contact; "General public inquiries: …" starts another. */
const DETAIL_LEAD_IN = /^(?:out of hours|after hours|ooh|tel|telephone|phone|mobile|fax|e-?mail|mail|media|press)\b/i;

type Draft = {name: string | null; role: string | null; organisation: string[]; emails: string[]; phones: string[]; raw: string[]};

export function parseContactBlock(lines: ContactLine[]): Contact[] {
	const drafts: Draft[] = [];
	const shared: string[] = [];
	let current: Draft | null = null;
	const start = (): Draft => {
		const draft: Draft = {name: null, role: null, organisation: [], emails: [], phones: [], raw: []};
		drafts.push(draft);
		return draft;
	};
	const hasDetails = (draft: Draft | null) => draft !== null && (draft.emails.length > 0 || draft.phones.length > 0);
	let pendingRole: string | null = null;
	for (const line of lines) {
		const details = line.emails.length > 0 || line.phones.length > 0;
		if (!details && (SENTENCE.test(line.text) || SOCIAL.test(line.text))) {
			continue; // "Follow us on social media.", "X (Twitter) | Facebook": prose and buttons around the block
		}
		if (!details && sectionKind(line.text) && !STRONG_ORGANISATION.test(line.text)) {
			// A sub-heading ("Media Relations") after someone's details opens the next contact.
			if (hasDetails(current)) {
				current = null;
				pendingRole = line.text.replace(/[\s:：]+$/u, '');
			}
			continue;
		}
		const parts = describe(line, Boolean(current?.name && !current.role));
		const opensPerson = parts.name !== null && (current?.name !== null || hasDetails(current));
		const opensBlock = line.startsBlock && hasDetails(current) && (parts.name !== null || parts.organisation !== null || (CONTACT_LEAD_IN.test(line.text) && !DETAIL_LEAD_IN.test(line.text)));
		if (current && (opensPerson || opensBlock)) {
			current = null;
		}
		if (!current) {
			current = start();
			current.role = pendingRole;
			pendingRole = null;
		}
		current.raw.push(line.text);
		if (parts.name) {
			current.name = parts.name;
		}
		if (parts.role && !current.role) {
			current.role = parts.role;
		}
		// Cards print name, role, organisation, then details: an unrecognised line in that place names the organisation.
		if (!parts.name && !parts.role && !parts.organisation && (current.name || current.role) && !hasDetails(current) && ORGANISATION_LINE.test(line.text)) {
			parts.organisation = line.text;
		}
		if (parts.organisation) {
			(current.name || hasDetails(current) || current.role ? current.organisation : shared).push(parts.organisation);
		}
		current.emails.push(...line.emails.filter(email => !current!.emails.includes(email)));
		current.phones.push(...line.phones.map(phone => phone.number).filter(number => !current!.phones.includes(number)));
	}
	return drafts
		.filter(draft => draft.name || draft.emails.length > 0 || draft.phones.length > 0)
		.map(draft => ({
			name: draft.name,
			role: draft.role,
			organisation: join([...(draft.organisation.length > 0 ? draft.organisation : shared)]),
			emails: draft.emails,
			phones: draft.phones,
			raw: draft.raw.join(' '),
		}));
}

/** What a line says besides its details: a name, a role, an organisation, each or none. */
function describe(line: ContactLine, expectRole: boolean): {name: string | null; role: string | null; organisation: string | null} {
	let text = withoutEmails(line.text.replace(CONTACT_LEAD_IN, ''));
	for (const phone of line.phones) {
		text = text.replace(phone.raw, ' ');
	}
	text = text.replace(DETAIL_LABEL, ' ').replace(/\(\s*\)|\[\s*\]/g, ' ').replace(/\s+/g, ' ').replace(/^[\s,;:|–-]+|[\s,;:|–-]+$/g, '');
	const result = {name: null as string | null, role: null as string | null, organisation: null as string | null};
	// A sentence ("The agency coordinates …") is prose that strayed into the block, not a name or an organisation.
	if (text.split(' ').length > 12) {
		return result;
	}
	const organisation: string[] = [];
	// "Jane Doe, Press Officer", "Eric Mamer (Chief Spokesperson)", "Presse- und Informationsdienst UVEK, Bundeshaus Nord, 3003 Bern"
	for (const part of text.split(/\s*(?:,|;|\(|\)|\s[–|-]\s)\s*/)) {
		if (!/[\p{L}\p{N}]/u.test(part)) {
			continue; // punctuation left where an email or phone number was taken out
		}
		if (ADDRESS.test(part)) {
			break; // the rest is a postal address
		}
		const organisationLike = ORGANISATION.test(part);
		if (result.role && organisation.length === 0 && !STRONG_ORGANISATION.test(part)) {
			result.role += `, ${part}`; // "Senior Manager, Communications"
		} else if ((result.name || expectRole) && !result.role && ROLE.test(part)) {
			result.role = part;
		} else if (!result.name && organisation.length === 0 && PERSON.test(part) && !organisationLike && !ROLE.test(part) && !sectionKind(part)) {
			result.name = part;
		} else if (organisationLike || organisation.length > 0) {
			organisation.push(part);
		} else if (!result.role && ROLE.test(part)) {
			result.role = part;
		}
	}
	result.organisation = join(organisation);
	return result;
}

function join(parts: string[]): string | null {
	return parts.length > 0 ? parts.join(', ') : null;
}
