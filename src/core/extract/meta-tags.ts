/** The page's `<meta>` tags as one lookup, read once: name, property or itemprop, content or value. */

export type MetaTags = {
	/** First non-empty value for the first of `names` that the page has (names are case-insensitive). */
	get(...names: string[]): string | null;
	/** Every value for `name`, in page order (dcterms.creator may repeat). */
	all(name: string): string[];
};

/** `metas` are the page's `<meta>` elements (from the page index, or `doc.querySelectorAll('meta')`). */
export function readMetaTags(metas: Iterable<Element>): MetaTags {
	const values = new Map<string, string[]>();
	for (const meta of metas) {
		// Some CMSs write `value=` where the standard says `content=` (the archived White House pages do).
		const value = (meta.getAttribute('content') ?? meta.getAttribute('value') ?? '').trim();
		if (!value) {
			continue;
		}
		for (const attribute of ['name', 'property', 'itemprop', 'http-equiv']) {
			const key = meta.getAttribute(attribute)?.trim().toLowerCase();
			if (key) {
				values.set(key, [...(values.get(key) ?? []), value]);
			}
		}
	}
	return {
		get(...names) {
			for (const name of names) {
				const found = values.get(name.toLowerCase());
				if (found?.[0]) {
					return found[0];
				}
			}
			return null;
		},
		all: name => values.get(name.toLowerCase()) ?? [],
	};
}
