/** Page metadata: structured data first (JSON-LD, govuk:*, dcterms, OpenGraph), visible text second. */
import type {Extraction} from '../../shared/types.ts';
import {cleanText} from './clean-text.ts';
import {findHeadline, stripSiteSuffix} from './find-headline.ts';
import {findPublisher} from './find-publisher.ts';
import {readJsonLd, type JsonLdFacts} from './json-ld.ts';
import {readMetaTags, type MetaTags} from './meta-tags.ts';
import {elementsByTag, indexPage, pageFacts, type PageIndex} from './page-index.ts';
import {normalizeDate} from './parse-date.ts';
import {findVisibleDates} from './visible-dates.ts';

export type PageMetadata = Pick<
	Extraction,
	'url' | 'canonicalUrl' | 'title' | 'publisher' | 'byline' | 'publishedAt' | 'updatedAt' | 'language' | 'summary' | 'documentType'
>;

/** What the metadata readers saw, for the article/listing decision after Readability has run. */
export type PageSignals = {jsonLd: JsonLdFacts; meta: MetaTags; headline: Element | null; page: PageIndex};

export function readMetadata(doc: Document, options: {url: string; now: number}): PageMetadata {
	return readPage(doc, options).metadata;
}

export function readPage(doc: Document, {url, now}: {url: string; now: number}): {metadata: PageMetadata; signals: PageSignals} {
	const page = indexPage(doc);
	const meta = readMetaTags(elementsByTag(page, 'META'));
	const jsonLd = readJsonLd(elementsByTag(page, 'SCRIPT'));
	const canonical = elementsByTag(page, 'LINK').find(link => /(?:^|\s)canonical(?:\s|$)/i.test(link.getAttribute('rel') ?? '') && link.getAttribute('href'))?.getAttribute('href') ?? meta.get('og:url');
	const base = elementsByTag(page, 'BASE').find(element => element.getAttribute('href'))?.getAttribute('href');
	const baseUrl = base ? resolveUrl(base, url) : url;
	const language = cleanText(doc.documentElement?.getAttribute('lang') || meta.get('og:locale', 'dc.language', 'dcterms.language', 'language', 'content-language') || jsonLd.inLanguage).replace('_', '-') || null;
	const siteName = siteNameOf(meta.get('og:site_name', 'application-name', 'dcterms.publisher'));
	const declaredTitles = [jsonLd.headline, meta.get('og:title', 'twitter:title', 'dcterms.title', 'dc.title'), cleanText(elementsByTag(page, 'TITLE')[0]?.textContent)].filter((title): title is string => Boolean(title));
	const headline = findHeadline(page, declaredTitles, siteName, pageFacts(doc));
	const host = safeHost(url);
	const fallbackTitle = stripSiteSuffix(declaredTitles[0] ?? '', [siteName ?? '', host, host.replace(/^www\./, '').split('.')[0] ?? '']);
	// US pages write 03/07/2018 month first; everyone else day first.
	const monthFirst = /^en-us/i.test(language ?? '') || /\.(?:gov|mil)$/.test(host);
	const visible = findVisibleDates(page, {headline: headline.element, monthFirst, now});
	const structuredPublished = normalizeDate(jsonLd.datePublished ?? meta.get('govuk:first-published-at', 'dcterms.issued', 'dc.date.issued', 'article:published_time', 'datepublished', 'dcterms.date', 'dc.date', 'date', 'pubdate', 'publish-date'));
	const publishedAt = structuredPublished ?? visible.published;
	// article:modified_time is the CMS's last save (migrations and typo fixes bump it): only explicit updates count.
	const structuredUpdated = normalizeDate(meta.get('govuk:public-updated-at', 'dcterms.modified', 'dc.date.modified') ?? jsonLd.dateModified);
	let updatedAt = structuredUpdated ?? visible.updated;
	if (updatedAt && publishedAt && updatedAt.slice(0, 10) <= publishedAt.slice(0, 10)) {
		updatedAt = visible.updated && visible.updated.slice(0, 10) > publishedAt.slice(0, 10) ? visible.updated : null;
	}
	const byline = jsonLd.authorPeople.join(', ') || personName(meta.get('author', 'article:author', 'dc.creator.person'));
	return {
		metadata: {
			url,
			canonicalUrl: canonical ? resolveUrl(canonical, baseUrl) : url,
			title: headline.title || fallbackTitle,
			publisher: findPublisher(doc, {meta, jsonLd, page, siteName, authorOrganisation: cleanText(meta.get('author')) && !personName(meta.get('author')) ? cleanText(meta.get('author')) : null}),
			byline: byline || null,
			publishedAt,
			updatedAt,
			language,
			summary: cleanText(meta.get('description', 'og:description', 'dcterms.description', 'twitter:description') ?? jsonLd.description) || null,
			documentType: documentType(meta, jsonLd),
		},
		signals: {jsonLd, meta, headline: headline.element, page},
	};
}

/** "European Commission - European Commission": some sites repeat their name. */
function siteNameOf(value: string | null): string | null {
	const parts = cleanText(value).split(/\s+[-|–]\s+/);
	return parts.every(part => part === parts[0]) ? parts[0] || null : cleanText(value);
}

/** "Jane Doe" is a byline; "Ministry of X" in `<meta name=author>` is the publisher, not a person. */
function personName(author: string | null): string {
	const name = cleanText(author);
	if (!name || /^https?:/.test(name) || /minist|department|office|agency|government|bundes|amt\b|service|council|commission|regierung|gouvernement|\.(?:gov|de|uk|fr|at|ch)\b/i.test(name)) {
		return '';
	}
	return name;
}

function documentType(meta: MetaTags, jsonLd: JsonLdFacts): string | null {
	const format = meta.get('govuk:format', 'dcterms.type', 'dc.type');
	if (format) {
		return cleanText(format.replace(/_/g, ' ')).toLowerCase();
	}
	const type = jsonLd.types.find(value => /Article|Report|Speech|BlogPosting/.test(value));
	if (type) {
		return type === 'NewsArticle' ? 'news article' : cleanText(type.replace(/([a-z])([A-Z])/g, '$1 $2')).toLowerCase();
	}
	return null;
}

/** Where relative links point: `<base href>` when the page has one, else the page address. */
export function documentBaseUrl(doc: Document, url: string): string {
	const base = doc.querySelector('base[href]')?.getAttribute('href');
	return base ? resolveUrl(base, url) : url;
}

function safeHost(url: string): string {
	try {
		return new URL(url).hostname;
	} catch {
		return '';
	}
}

export function resolveUrl(href: string, base: string): string {
	try {
		return new URL(href, base).href;
	} catch {
		return href;
	}
}
