/** The one check every exported link passes: an absolute http(s), mailto or tel URL, normalised, or nothing. */

export const LINK_SCHEMES: readonly string[] = ['http:', 'https:', 'mailto:', 'tel:'];

/**
 * Parses with the WHATWG URL parser, the one browsers use, so `java\tscript:`, ` JavaScript:` and the like are
 * judged exactly as a browser would read them; the normalised form is returned, so what is written is what was checked.
 * Entities are not decoded here: `javascript&colon;…` is a relative reference, and relative references are refused.
 */
export function safeUrl(href: string | null | undefined, schemes: readonly string[] = LINK_SCHEMES): string | null {
	if (!href) {
		return null;
	}
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return null;
	}
	if (!schemes.includes(url.protocol)) {
		return null;
	}
	if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname === '') {
		return null;
	}
	return url.href;
}
