/** Scores one Extraction against a govpages-dev answer key (truth.json), field by field. */
import type {Extraction} from '../../src/shared/types.ts';

export type TruthLink = {href_abs: string; label: string; kind: string};
export type TruthContact = {email?: string; phone?: string; raw: string};
export type TruthPage = {
	file: string;
	url: string;
	title: string;
	publisher: string | null;
	published: string | null;
	updated: string | null;
	contacts: TruthContact[];
	related_links: TruthLink[];
	related_links_optional?: TruthLink[];
	first_sentence: string;
	last_sentence: string;
};

/** Counts that add up across pages (micro-averaged precision and recall). */
export type Tally = {truePositives: number; predicted: number; expected: number};

export type PageScore = {
	title: boolean;
	publisher: boolean;
	published: boolean;
	updated: boolean;
	firstSentence: boolean;
	lastSentence: boolean;
	emails: Tally;
	phones: Tally;
	links: Tally;
	misses: string[];
};

/** The key's own conventions: NFC, no soft hyphens, whitespace collapsed. */
export function normalizeText(text: string): string {
	return text.normalize('NFC').replace(/\u00ad/g, '').replace(/\s+/g, ' ').trim();
}

/** Looser form for "is this sentence in the body": quotes, dashes and case do not matter. */
function looseText(text: string): string {
	return normalizeText(text)
		.replace(/[‘’‚‛`´]/g, "'")
		.replace(/[“”„‟«»]/g, '"')
		.replace(/[‐‑‒–—]/g, '-')
		.replace(/\s+([.,;:!?])/g, '$1')
		.toLowerCase();
}

/** "Bundeskriminalamt (BKA)" and "Bundeskriminalamt" name the same publisher; so do reorderings of several. */
export function samePublisher(predicted: string | null, truth: string | null): boolean {
	if (!predicted || !truth) {
		return predicted === truth;
	}
	const words = (text: string) =>
		new Set(looseText(text).replace(/\([^)]*\)/g, ' ').match(/[\p{L}\p{N}]+/gu)?.filter(word => !['the', 'and', 'of', 'für', 'und'].includes(word)) ?? []);
	const a = words(predicted);
	const b = words(truth);
	const shared = [...a].filter(word => b.has(word)).length;
	// The truth's words must nearly all be there, and the prediction must not be mostly something else.
	return shared / Math.max(1, b.size) >= 0.75 && shared / Math.max(1, a.size) >= 0.6;
}

function digits(phone: string): string {
	// "+43 (0) 50 …": the trunk zero in brackets is not dialled after the country code.
	return phone.replace(/\(0\)/g, '').replace(/\D/g, '');
}

/** Phones match when their last eight digits do: country codes and trunk zeros are written many ways. */
function samePhone(a: string, b: string): boolean {
	const x = digits(a);
	const y = digits(b);
	return x.length >= 6 && y.length >= 6 && x.slice(-8) === y.slice(-8);
}

function tally<T>(predicted: T[], expected: T[], same: (a: T, b: T) => boolean, ignored: T[] = []): Tally {
	const counted = predicted.filter(item => expected.some(other => same(item, other)) || !ignored.some(other => same(item, other)));
	return {
		truePositives: expected.filter(item => counted.some(other => same(item, other))).length,
		predicted: counted.length,
		expected: expected.length,
	};
}

function normalizeHref(href: string): string {
	return href.replace(/#.*$/, '').replace(/\/$/, '');
}

/** The hrefs of the links in the extracted body (already absolute: the extractor resolves them). */
function hrefsIn(html: string): Set<string> {
	const hrefs = new Set<string>();
	for (const [, href] of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/gi)) {
		hrefs.add(normalizeHref(href!.replace(/&amp;/g, '&')));
	}
	return hrefs;
}

export function scorePage(extraction: Extraction, truth: TruthPage): PageScore {
	const text = looseText(extraction.text);
	const misses: string[] = [];
	const check = (name: string, ok: boolean, detail: string) => {
		if (!ok) {
			misses.push(`${name}: ${detail}`);
		}
		return ok;
	};
	const emails = [...new Set(extraction.contacts.flatMap(contact => contact.emails.map(email => email.toLowerCase())))];
	const phones = [...new Set(extraction.contacts.flatMap(contact => contact.phones))];
	// Inline body links are borderline in the key's conventions (neither rewarded nor penalised) and the key lists
	// only some of them, so an unlisted one is ignored. The extractor's own "inline" label is not enough for that:
	// the link must really sit in the body it extracted, or any navigation link could hide behind the label.
	const links = [...new Set(extraction.links.map(link => normalizeHref(link.href)))];
	const bodyHrefs = hrefsIn(extraction.contentHtml);
	const inlineOnly = new Set(extraction.links
		.filter(link => link.kind === 'inline' && bodyHrefs.has(normalizeHref(link.href)))
		.map(link => normalizeHref(link.href)));
	const expectedLinks = [...new Set(truth.related_links.map(link => normalizeHref(link.href_abs)))];
	const optionalLinks = [...inlineOnly, ...(truth.related_links_optional ?? []).map(link => normalizeHref(link.href_abs))];
	return {
		title: check('title', normalizeText(extraction.title) === normalizeText(truth.title), `${JSON.stringify(extraction.title)} ≠ ${JSON.stringify(truth.title)}`),
		publisher: check('publisher', samePublisher(extraction.publisher, truth.publisher), `${JSON.stringify(extraction.publisher)} ≠ ${JSON.stringify(truth.publisher)}`),
		published: check('published', extraction.publishedAt?.slice(0, 10) === (truth.published ?? undefined), `${extraction.publishedAt} ≠ ${truth.published}`),
		updated: check('updated', (extraction.updatedAt?.slice(0, 10) ?? null) === (truth.updated ?? null), `${extraction.updatedAt} ≠ ${truth.updated}`),
		firstSentence: check('first sentence', text.includes(looseText(truth.first_sentence)), truth.first_sentence.slice(0, 60)),
		lastSentence: check('last sentence', text.includes(looseText(truth.last_sentence)), truth.last_sentence.slice(0, 60)),
		emails: tally(emails, truth.contacts.flatMap(contact => (contact.email ? [contact.email.toLowerCase()] : [])), (a, b) => a === b),
		phones: tally(phones, truth.contacts.flatMap(contact => (contact.phone ? [contact.phone] : [])), samePhone),
		links: tally(links, expectedLinks, (a, b) => a === b, optionalLinks),
		misses,
	};
}

export function addTallies(tallies: Tally[]): Tally & {precision: number; recall: number} {
	const sum = tallies.reduce(
		(total, item) => ({
			truePositives: total.truePositives + item.truePositives,
			predicted: total.predicted + item.predicted,
			expected: total.expected + item.expected,
		}),
		{truePositives: 0, predicted: 0, expected: 0},
	);
	return {
		...sum,
		// Nothing predicted and nothing expected is a perfect score, not a division by zero.
		precision: sum.predicted === 0 ? (sum.expected === 0 ? 1 : 0) : Math.min(1, sum.truePositives / sum.predicted),
		recall: sum.expected === 0 ? 1 : sum.truePositives / sum.expected,
	};
}
