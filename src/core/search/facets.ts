/**
 * Field filters as index terms: a clip's department, document type, tags and site are indexed as "#dept:…",
 * "#type:…", "#tag:…" and "#site:…", so a filter is one more posting list to intersect, whatever the store.
 * Text terms never start with "#", so these never surface in prefix expansion.
 */
import {foldText} from './fold-text.ts';
import {indexTerms, queryTerms} from './tokenize.ts';

export type FacetName = 'dept' | 'type' | 'tag' | 'site';

export const FACET_MARK = '#';

function facet(name: FacetName, value: string): string {
	return `${FACET_MARK}${name}:${value}`;
}

/** Tags match whole ("trade deals"), folded and with spaces collapsed. */
function tagKey(tag: string): string {
	return foldText(tag).replace(/\s+/g, ' ').trim();
}

/** "www.gov.uk" → ["www.gov.uk", "gov.uk", "uk"]: site:gov.uk finds every GOV.UK host. */
function hostSuffixes(host: string): string[] {
	const labels = host.toLowerCase().replace(/\.$/, '').split('.').filter(Boolean);
	return labels.map((_, i) => labels.slice(i).join('.'));
}

function hostOf(url: string): string | null {
	const match = /^(?:[a-z][a-z0-9+.-]*:)?\/\/([^/?#:@]+(?:@[^/?#:]+)?)/i.exec(url.trim()) ?? /^([^/?#:\s]+)/.exec(url.trim());
	const host = match?.[1]?.split('@').pop();
	return host ? host : null;
}

export type FacetSource = {publisher: string | null; documentType: string | null; tags: readonly string[]; url: string; canonicalUrl: string};

/** The facet terms of one clip. */
export function facetTerms(clip: FacetSource): string[] {
	const terms = new Set<string>();
	for (const word of indexTerms(clip.publisher ?? '')) terms.add(facet('dept', word));
	for (const word of indexTerms(clip.documentType ?? '')) terms.add(facet('type', word));
	for (const tag of clip.tags) {
		const key = tagKey(tag);
		if (key) terms.add(facet('tag', key));
	}
	const host = hostOf(clip.canonicalUrl || clip.url);
	for (const suffix of host ? hostSuffixes(host) : []) terms.add(facet('site', suffix));
	return [...terms];
}

/**
 * The terms a filter value requires, all of them: dept:"Cabinet Office" needs both words in the department
 * ("Office" alone finds every Office); type: works the same way; tag: and site: match whole.
 * Empty when the value has nothing to match on.
 */
export function facetQueryTerms(name: FacetName, value: string): string[] {
	switch (name) {
		case 'dept':
		case 'type':
			return queryTerms(value).map(word => facet(name, word));
		case 'tag': {
			const key = tagKey(value);
			return key ? [facet('tag', key)] : [];
		}
		case 'site': {
			const host = hostOf(value);
			return host ? [facet('site', host.toLowerCase().replace(/^www\./, ''))] : [];
		}
	}
}
