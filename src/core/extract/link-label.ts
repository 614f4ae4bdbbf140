/** The words a reader sees for a link, without screen-reader suffixes, kicker labels or "(opens in a new window)". */
import {cleanText, visibleText} from './block-text.ts';
import {sectionKind} from './section-cues.ts';

const NOISE = [
	/\s*\(?(?:opens|open) in (?:a )?new (?:window|tab)\)?/gi,
	/\s*\((?:öffnet|oeffnet) (?:in )?(?:einem )?neuen? (?:fenster|tab)\)/gi,
	/\s*\(?(?:ouvre|s'ouvre) dans une nouvelle (?:fenêtre|page|onglet)\)?/gi,
	/\s+(?:interner|externer) link$/i,
	/\s+(?:external|internal) link$/i,
	/\s+lien externe$/i,
];

const KICKER_TAGS = new Set(['DIV', 'SPAN', 'P', 'STRONG', 'EM', 'SMALL']);

/** Teaser links whose text says nothing ("read more"): a better label for the same URL wins. */
const GENERIC = /^(?:read more|more|continue reading|details|find out more|learn more|click here|here|link|mehr|mehr lesen|weiterlesen|weiter|hier|zum artikel|lire la suite|en savoir plus|plus|ici|→|»|›)$/i;

export function linkLabel(link: Element): string {
	let label = visibleText(link, {skipScreenReaderOnly: true});
	// A kicker inside the link ("<div class=related-label>Related</div> Title") is a section label, not the title.
	for (const child of kickerCandidates(link)) {
		const text = cleanText(child.textContent);
		if (text && label.startsWith(text) && text !== label && sectionKind(text) !== null) {
			label = label.slice(text.length).trim();
			break;
		}
	}
	for (const pattern of NOISE) {
		label = label.replace(pattern, '');
	}
	label = cleanText(label);
	if (!label) {
		label = cleanText(
			link.getAttribute('aria-label') ?? link.querySelector('img[alt]')?.getAttribute('alt') ?? link.getAttribute('title') ?? '',
		);
	}
	return label;
}

/**
 * What `link.querySelectorAll('div, span, p, strong, em, small')` finds, by a walk: linkedom compiles the selector
 * again for every link. A template's content is not the page's, in browsers or (for selectors) in linkedom.
 */
function kickerCandidates(link: Element): Element[] {
	const found: Element[] = [];
	const visit = (element: Element) => {
		for (let child = element.firstElementChild; child; child = child.nextElementSibling) {
			const tag = child.tagName;
			if (KICKER_TAGS.has(tag)) {
				found.push(child);
			}
			if (tag !== 'TEMPLATE') {
				visit(child);
			}
		}
	};
	visit(link);
	return found;
}

export function isGenericLabel(label: string): boolean {
	return !label || GENERIC.test(label.replace(/[.…:»›\s]+$/u, ''));
}
