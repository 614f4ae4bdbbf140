/**
 * Links in an article as numbered endnotes, the way printed reports cite: a superscript number after each link in
 * the text, and a list of the full addresses after the article. Paper cannot follow a link, and a URL printed
 * inside a sentence breaks its reading. Pure: works on the sanitised fragment it is given (its own document).
 */
import {safeUrl} from './safe-url.ts';

export type Endnote = {
	number: number;
	/** The address printed in the note: a web address in full, an email address or phone number without its scheme. */
	address: string;
	href: string;
	/** The link's text where it first appears. */
	label: string;
};

/** What a person would write for the address: no "mailto:" or "tel:", no query on a mailto. */
function printedAddress(url: URL): string {
	if (url.protocol === 'mailto:') {
		return decodeURIComponent(url.pathname);
	}
	return url.protocol === 'tel:' ? decodeURIComponent(url.pathname) : url.href;
}

/** The text already shows where the link goes: "www.gov.uk/guidance", "https://…/", "press@dept.gov.uk". */
function textShowsAddress(text: string, url: URL, address: string): boolean {
	const bare = (value: string) => value.trim().toLowerCase().replace(/^(?:https?:\/\/)?(?:www\.)?/, '').replace(/\/$/, '');
	const shown = bare(text);
	return shown !== '' && (shown === bare(address) || shown === bare(url.href));
}

/**
 * Numbers the links of `root` in reading order, one number per distinct address, and puts `<sup class="endnote-ref">n</sup>`
 * after each. Links that point inside the page, whose text is their own address, or whose address is not http(s),
 * mailto or tel get no number. Returns the notes in number order.
 */
export function numberLinks(root: DocumentFragment | Element): Endnote[] {
	const owner = root.ownerDocument; // the fragment's own document, never the global one
	if (!owner) {
		return [];
	}
	const notes = new Map<string, Endnote>();
	for (const link of [...root.querySelectorAll('a[href]')]) {
		const href = safeUrl(link.getAttribute('href'));
		if (!href) {
			continue; // a fragment (#section) or something the sanitiser would not let through
		}
		const url = new URL(href);
		const address = printedAddress(url);
		const label = (link.textContent ?? '').replace(/\s+/g, ' ').trim();
		if (label === '' || textShowsAddress(label, url, address)) {
			continue;
		}
		let note = notes.get(address);
		if (!note) {
			note = {number: notes.size + 1, address, href, label};
			notes.set(address, note);
		}
		const sup = owner.createElement('sup');
		sup.className = 'endnote-ref';
		sup.textContent = String(note.number);
		link.after(sup);
	}
	return [...notes.values()];
}
