/** The country a page's national phone numbers belong to: the URL's country domain, else the region of its language tag. */
import {getCountries, type CountryCode} from 'libphonenumber-js';

const COUNTRIES = new Set<string>(getCountries());
// Domains that are not the ISO code of their country, and US-only generic domains.
const DOMAIN_COUNTRY: Record<string, CountryCode> = {uk: 'GB', gov: 'US', mil: 'US', edu: 'US', fed: 'US'};
// A language spoken as the main official one in a single country: "de" alone is Germany on most government pages.
const LANGUAGE_COUNTRY: Record<string, CountryCode> = {
	de: 'DE', fr: 'FR', nl: 'NL', it: 'IT', es: 'ES', pl: 'PL', da: 'DK', sv: 'SE', fi: 'FI', cs: 'CZ', sk: 'SK', sl: 'SI', hu: 'HU',
	et: 'EE', lv: 'LV', lt: 'LT', el: 'GR', pt: 'PT', ro: 'RO', bg: 'BG', hr: 'HR', ja: 'JP', ko: 'KR', nb: 'NO', nn: 'NO', no: 'NO', is: 'IS',
};

export type CountryHints = {
	url?: string;
	/** Other addresses of the page (canonical, og:url): a saved copy's own address may name no country. */
	alternateUrls?: (string | null | undefined)[];
	language?: string | null;
};

export function pageCountry({url, alternateUrls = [], language}: CountryHints): CountryCode | undefined {
	for (const address of [url, ...alternateUrls]) {
		const fromDomain = domainCountry(address ?? undefined);
		if (fromDomain) {
			return fromDomain;
		}
	}
	const [lang, region] = (language ?? '').toLowerCase().split(/[-_]/);
	const regionCode = region?.toUpperCase();
	if (regionCode && COUNTRIES.has(regionCode)) {
		return regionCode as CountryCode;
	}
	return lang ? LANGUAGE_COUNTRY[lang] : undefined;
}

function domainCountry(url: string | undefined): CountryCode | undefined {
	let host: string;
	try {
		host = new URL(url ?? '').hostname;
	} catch {
		return undefined;
	}
	const tld = host.split('.').pop()?.toLowerCase() ?? '';
	if (DOMAIN_COUNTRY[tld]) {
		return DOMAIN_COUNTRY[tld];
	}
	const code = tld.toUpperCase();
	return code.length === 2 && COUNTRIES.has(code) ? (code as CountryCode) : undefined;
}
