/**
 * Checks the shape and size of an Extraction that arrived from a content script. The page built it, so it is
 * untrusted input: the background (which has no DOM to sanitise with) refuses anything malformed or oversized.
 */
import {AppError} from '../../shared/errors.ts';
import type {ClipLink, Contact, Extraction, LinkKind} from '../../shared/types.ts';

export const LIMITS = {
	html: 5_000_000,
	text: 2_000_000,
	field: 10_000,
	contacts: 200,
	links: 2_000,
	warnings: 50,
} as const;

const LINK_KINDS: readonly LinkKind[] = ['related', 'attachment', 'source', 'inline'];

export function checkExtraction(value: unknown, pageUrl: string): Extraction {
	if (typeof value !== 'object' || value === null) {
		throw bad('the page sent no extraction');
	}
	const input = value as Record<string, unknown>;
	const contentHtml = text(input.contentHtml, 'contentHtml', LIMITS.html);
	const body = text(input.text, 'text', LIMITS.text);
	if (contentHtml.length >= LIMITS.html || body.length >= LIMITS.text) {
		throw new AppError('TOO_LARGE', `This article is too large to save (over ${Math.round(LIMITS.html / 1e6)} MB).`);
	}
	return {
		isArticle: input.isArticle === true,
		...(typeof input.reason === 'string' ? {reason: input.reason.slice(0, LIMITS.field)} : {}),
		url: pageUrl,
		canonicalUrl: httpUrl(input.canonicalUrl) ?? pageUrl,
		title: text(input.title, 'title', LIMITS.field).trim(),
		publisher: optional(input.publisher),
		byline: optional(input.byline),
		publishedAt: optional(input.publishedAt),
		updatedAt: optional(input.updatedAt),
		language: optional(input.language),
		summary: optional(input.summary),
		documentType: optional(input.documentType),
		contentHtml,
		text: body,
		contacts: list(input.contacts, LIMITS.contacts).map(contact),
		links: list(input.links, LIMITS.links).map(link).filter((entry): entry is ClipLink => entry !== null),
		warnings: list(input.warnings, LIMITS.warnings).map(warning => text(warning, 'warning', LIMITS.field)),
	};
}

function bad(why: string): AppError {
	return new AppError('BAD_MESSAGE', `The page sent an extraction GovClip cannot use: ${why}.`);
}

function text(value: unknown, name: string, max: number): string {
	if (typeof value !== 'string') {
		throw bad(`${name} is not text`);
	}
	return value.length > max && max === LIMITS.field ? value.slice(0, max) : value;
}

function optional(value: unknown): string | null {
	return typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, LIMITS.field) : null;
}

function list(value: unknown, max: number): unknown[] {
	if (value === undefined) {
		return [];
	}
	if (!Array.isArray(value)) {
		throw bad('a list is not a list');
	}
	return value.slice(0, max);
}

function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string').slice(0, 20).map(item => item.slice(0, 300)) : [];
}

function contact(value: unknown): Contact {
	const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	return {
		name: optional(input.name),
		role: optional(input.role),
		organisation: optional(input.organisation),
		emails: strings(input.emails),
		phones: strings(input.phones),
		raw: typeof input.raw === 'string' ? input.raw.slice(0, LIMITS.field) : '',
	};
}

function link(value: unknown): ClipLink | null {
	const input = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
	const href = httpUrl(input.href);
	if (!href) {
		return null;
	}
	const kind = LINK_KINDS.includes(input.kind as LinkKind) ? input.kind as LinkKind : 'related';
	const details = optional(input.details);
	return {label: optional(input.label) ?? href, href, kind, ...(details ? {details} : {})};
}

/** Only http(s) and mailto survive: a stored link is later printed and clicked. */
function httpUrl(value: unknown): string | null {
	if (typeof value !== 'string') {
		return null;
	}
	try {
		const url = new URL(value);
		return ['http:', 'https:', 'mailto:'].includes(url.protocol) ? url.href : null;
	} catch {
		return null;
	}
}
