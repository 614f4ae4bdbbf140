/**
 * Site profiles: small declarative rules for the few layouts the generic rules cannot read.
 * Each profile names how to recognise the site, and where the body is or what to drop before Readability.
 * Every profile has a fixture page of its own under tests/fixtures/extract/profile-<name>/.
 */
import type {MetaTags} from './meta-tags.ts';

export type SiteProfile = {
	name: string;
	/** Host names the profile applies to (exact or a subdomain). */
	hosts?: string[];
	/** Or: a meta tag that only this publishing platform writes. */
	metaName?: string;
	/** The article body, first match wins; the rest of the page is set aside before Readability. */
	body?: string[];
	/** Elements dropped before Readability. */
	remove?: string[];
};

export const SITE_PROFILES: SiteProfile[] = [
	{
		// GOV.UK publication pages list their attachments ("Documents") above the text ("Detail"); Readability
		// scores the attachment list higher because each entry carries a paragraph of file details.
		name: 'govuk-publication',
		hosts: ['www.gov.uk'],
		metaName: 'govuk:format',
		body: ['#details .govspeak', '#details .gem-c-govspeak'],
	},
];

function hostMatches(url: string, hosts: string[]): boolean {
	try {
		const host = new URL(url).hostname;
		return hosts.some(name => host === name || host.endsWith(`.${name}`));
	} catch {
		return false;
	}
}

export function findProfile(url: string, meta: MetaTags, profiles: SiteProfile[] = SITE_PROFILES): SiteProfile | null {
	return profiles.find(profile => (profile.hosts && hostMatches(url, profile.hosts)) || (profile.metaName && meta.get(profile.metaName) !== null)) ?? null;
}

/** Applies a profile to the document before Readability: drops what it lists, keeps only the body it names. */
export function applyProfile(doc: Document, profile: SiteProfile): void {
	for (const selector of profile.remove ?? []) {
		doc.querySelectorAll(selector).forEach(element => element.remove());
	}
	const body = doc.body;
	for (const selector of profile.body ?? []) {
		const found = body ? [...body.querySelectorAll(selector)] : [];
		if (body && found.length > 0) {
			const article = doc.createElement('article');
			found.forEach(element => article.appendChild(element));
			body.replaceChildren(article);
			return;
		}
	}
}
