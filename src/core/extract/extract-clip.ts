/**
 * Government news extraction: a document in, an Extraction out.
 * Pure: no `browser.*`, no `document`/`location` globals, no `Date.now()`; the caller passes the clock and URL.
 */
import type {Extraction} from '../../shared/types.ts';
import type {Sanitizer} from '../sanitize/sanitizer.ts';
import {articleText} from './article-text.ts';
import {readPageShape, whyNotArticle} from './classify-page.ts';
import {findContacts} from './contacts.ts';
import {fallbackSummary, findLead, restoreLead} from './find-lead.ts';
import {absolutizeUrls, documentBase} from './link-targets.ts';
import {findLinks} from './links.ts';
import {readPage, type PageMetadata} from './metadata.ts';
import {parseArticle} from './parse-article.ts';
import {pruneArticle} from './prune-article.ts';
import {removeBoilerplate} from './remove-boilerplate.ts';
import {applyProfile, findProfile} from './site-profiles.ts';

export type ExtractOptions = {
	/** The page's address (for resolving links and as the fallback canonical URL). */
	url: string;
	/** Milliseconds since the epoch: resolves relative dates ("yesterday"). */
	now: number;
	/** Sanitises the article body; built by the caller from a window it owns. */
	sanitizer: Sanitizer;
};

/**
 * Consumes `doc`: Readability rewrites the tree it is given, so the content script passes a clone
 * and tests pass a throwaway parse.
 */
export function extractClip(doc: Document, {url, now, sanitizer}: ExtractOptions): Extraction {
	const {metadata: meta, signals} = readPage(doc, {url, now}); // structured data first
	const contacts = findContacts(doc, {url, meta}); // before Readability: it drops the blocks they live in
	const links = findLinks(doc, {url});
	const shape = readPageShape(doc, url, signals);
	const lead = findLead(signals.page, {description: meta.summary, headline: signals.headline});
	const base = documentBase(doc, url);
	removeBoilerplate(doc, signals.page);
	const profile = findProfile(url, signals.meta);
	if (profile) {
		applyProfile(doc, profile);
	}
	moveBodyContentOutOfHead(doc);
	const parsed = parseArticle(doc);
	const root = parsed?.content ?? null;
	const rootText = parsed?.textContent ?? ''; // Readability read it last thing, from the same element
	const reason = whyNotArticle(shape, root ? {root, text: rootText} : null);
	if (reason || !root) {
		return notAnArticle(meta, reason ?? 'No article text found on this page.', {contacts, links});
	}
	pruneArticle(root, {labels: [meta.publisher, meta.documentType, ...(meta.publisher?.split('; ') ?? [])], text: rootText});
	restoreLead(root, lead);
	absolutizeUrls(root, base);
	const text = articleText(root);
	return {
		isArticle: true,
		...meta,
		title: meta.title || cleanTitle(parsed?.title),
		byline: meta.byline ?? (parsed?.byline?.trim() || null),
		summary: meta.summary ?? fallbackSummary(text, parsed?.excerpt),
		contentHtml: sanitizer.toHtml(root.innerHTML),
		text,
		contacts,
		links,
		warnings: [],
	};
}

function cleanTitle(title: string | null | undefined): string {
	return (title ?? '').replace(/\s+/g, ' ').trim();
}

function notAnArticle(meta: PageMetadata, reason: string, {contacts, links}: Pick<Extraction, 'contacts' | 'links'>): Extraction {
	return {isArticle: false, reason, ...meta, contentHtml: '', text: '', contacts, links, warnings: []};
}

const HEAD_ELEMENTS = new Set(['TITLE', 'META', 'LINK', 'STYLE', 'SCRIPT', 'BASE', 'NOSCRIPT', 'TEMPLATE']);

/** Browsers move stray body content out of <head>; lenient parsers (linkedom, in the CLI) leave it there. */
function moveBodyContentOutOfHead(doc: Document): void {
	const strays = [...(doc.head?.children ?? [])].filter(element => !HEAD_ELEMENTS.has(element.tagName));
	if (strays.length > 0 && doc.body) {
		doc.body.prepend(...strays);
	}
}
