/** Published and updated dates as the page shows them: labelled ("Published", "Stand:", "Mis à jour le"), then near the headline. */
import type {PageIndex} from './page-index.ts';
import {findDates, findFirstDate, parseRelativeDate} from './parse-date.ts';
import {classOf} from './dom-walk.ts';

export type VisibleDates = {published: string | null; updated: string | null};

type Flat = PageIndex & {headlineStart: number; headlineEnd: number};
const PUBLISHED = 'first published|date published|publication date|published|posted|issued|release date|released|veröffentlicht|erschienen|erstellt|ausgabedatum|datum|publié|date de publication|mis en ligne|pubblicato|publicado|date';
const UPDATED = 'last updated|updated|last modified|modified|revised|zuletzt aktualisiert|aktualisiert|letzte änderung|geändert|mis à jour|dernière mise à jour|aggiornato|actualizado';
const AS_OF = 'stand';
// A label is a word of its own: no letter before or after it. The letter before is checked per match (labelsIn):
// as a leading lookbehind it made the engine try the whole pattern at every position of the page's text.
const LABEL = new RegExp(`(${PUBLISHED}|${UPDATED}|${AS_OF})(?![\\p{L}])\\s*:?\\s*(?:(?:on|am|le|the|el|il)\\s+)?`, 'giu');
const LETTER = /\p{L}/u;
const PUBLISHED_LABEL = new RegExp(`^(?:${PUBLISHED})$`, 'iu');
const UPDATED_LABEL = new RegExp(`^(?:${UPDATED})$`, 'iu');

type Candidate = {iso: string; offset: number};

export function findVisibleDates(page: PageIndex, {headline, monthFirst, now}: {headline: Element | null; monthFirst: boolean; now: number}): VisibleDates {
	const span = headline ? page.spans.get(headline) : undefined;
	const flat: Flat = {...page, headlineStart: span?.start ?? -1, headlineEnd: span?.end ?? -1};
	const anchor = flat.headlineStart >= 0 ? flat.headlineStart : 0;
	// Closest to the headline wins: "Latest news" lists and footers carry dates of their own.
	const closest = (candidates: Candidate[]) =>
		candidates.sort((a, b) => distance(a.offset, flat, anchor) - distance(b.offset, flat, anchor))[0]?.iso ?? null;

	const published: Candidate[] = [];
	const updated: Candidate[] = [];
	const asOf: Candidate[] = [];
	for (const match of labelsIn(flat.text)) {
		const end = match.index! + match[0].length;
		const label = match[1]!.toLowerCase();
		const iso = dateAfter(flat, end, monthFirst, now);
		if (!iso) {
			continue;
		}
		const list = PUBLISHED_LABEL.test(label) ? published : UPDATED_LABEL.test(label) ? updated : asOf;
		list.push({iso, offset: match.index!});
	}
	for (const time of flat.times) {
		const hint = `${time.element.getAttribute('itemprop') ?? ''} ${classOf(time.element)} ${time.element.hasAttribute('pubdate') ? 'published' : ''}`;
		if (/modified|updated/i.test(hint)) {
			updated.push(time);
		} else if (/published|pubdate|created/i.test(hint)) {
			published.push(time);
		}
	}
	let publishedAt = closest(published) ?? nearHeadline(flat, monthFirst);
	let updatedAt = closest(updated);
	const standing = closest(asOf);
	if (standing && !publishedAt) {
		publishedAt = standing; // "Stand 27.01.2022" with no other date: the item's date
	} else if (standing && !updatedAt && standing.slice(0, 10) !== publishedAt?.slice(0, 10)) {
		updatedAt = standing;
	}
	if (updatedAt && publishedAt && updatedAt.slice(0, 10) <= publishedAt.slice(0, 10)) {
		updatedAt = null; // The same day (or earlier) is not an update
	}
	return {published: publishedAt, updated: updatedAt};
}

/** The matches of LABEL that no letter precedes, in order, as `text.matchAll` would give them with a lookbehind. */
function labelsIn(text: string): RegExpExecArray[] {
	const matches: RegExpExecArray[] = [];
	LABEL.lastIndex = 0;
	for (let match = LABEL.exec(text); match; match = LABEL.exec(text)) {
		if (match.index > 0 && LETTER.test(String.fromCodePoint(codePointBefore(text, match.index)))) {
			LABEL.lastIndex = match.index + 1; // Labels start with a letter of the BMP: index + 1 is the next code point
			continue;
		}
		matches.push(match);
	}
	return matches;
}

/** The code point that ends just before `index` (a surrogate pair read whole). */
function codePointBefore(text: string, index: number): number {
	const low = text.charCodeAt(index - 1);
	if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
		const high = text.charCodeAt(index - 2);
		if (high >= 0xd800 && high <= 0xdbff) {
			return text.codePointAt(index - 2)!;
		}
	}
	return low;
}

function distance(offset: number, flat: Flat, anchor: number): number {
	// Dates after the headline are its byline; before it, they usually belong to something else.
	return offset >= anchor ? offset - anchor : (anchor - offset) * 3;
}

/** A date starting right after a label: a `<time>` there, printed text, or "2 days ago". */
function dateAfter(flat: Flat, end: number, monthFirst: boolean, now: number): string | null {
	const time = flat.times.find(item => item.offset >= end - 2 && item.offset <= end + 30);
	if (time) {
		return time.iso;
	}
	const following = flat.text.slice(end, end + 48);
	const date = findFirstDate(following, {monthFirst});
	if (date && date.index <= 22) {
		return date.iso;
	}
	return parseRelativeDate(following.slice(0, 24), now);
}

/** An unlabelled date beside the headline: a dateline, a `<time>`, or a date inside the heading itself. */
function nearHeadline(flat: Flat, monthFirst: boolean): string | null {
	if (flat.headlineStart < 0) {
		return null;
	}
	const from = Math.max(0, flat.headlineStart - 250);
	const to = flat.headlineEnd + 500;
	const time = flat.times.filter(item => item.offset >= from && item.offset <= to).sort((a, b) => distance(a.offset, flat, flat.headlineStart) - distance(b.offset, flat, flat.headlineStart))[0];
	if (time) {
		return time.iso;
	}
	const after = findFirstDate(flat.text.slice(flat.headlineStart, to), {monthFirst});
	if (after) {
		return after.iso;
	}
	return findDates(flat.text.slice(from, flat.headlineStart), {monthFirst}).at(-1)?.iso ?? null;
}
