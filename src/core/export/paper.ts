/** Paper sizes for printing: A4 for most of the world, US Letter where it is the norm; the page CSS for each. */

export type Paper = 'a4' | 'letter';
export const PAPERS: readonly Paper[] = ['a4', 'letter'];

// Countries where Letter is the office paper (the Americas that follow US usage, and the Philippines).
const LETTER_REGIONS = new Set(['US', 'CA', 'MX', 'PH', 'CL', 'CO', 'VE', 'PR', 'GT', 'CR', 'PA', 'DO', 'SV', 'NI', 'HN']);

/** The paper a locale most likely has in its printer: "en-US", "fr-CA" → letter; "en-GB", "de", plain "en" → a4. */
export function defaultPaper(locale: string | null | undefined): Paper {
	let region: string | undefined;
	try {
		region = new Intl.Locale(locale ?? '').region; // no maximize(): a bare "en" says nothing about a printer
	} catch {
		return 'a4';
	}
	return region && LETTER_REGIONS.has(region.toUpperCase()) ? 'letter' : 'a4';
}

export function isPaper(value: unknown): value is Paper {
	return typeof value === 'string' && (PAPERS as readonly string[]).includes(value);
}

/** The @page rule for one paper size; it follows print.css, whose own @page leaves the size to the browser. */
export function pageSizeCss(paper: Paper): string {
	return `@page { size: ${paper === 'letter' ? 'letter' : 'A4'}; }`;
}
