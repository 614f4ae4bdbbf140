/** Downloadable files linked from an article, and what the page prints about them ("PDF, 1.2 MB, 24 pages"). */
import {cleanText, visibleText} from './block-text.ts';

const FILE_EXTENSION =
	/\.(?:pdf|odt|ods|odp|odg|docx?|dotx?|xlsx?|xlsm|xlsb|pptx?|ppsx?|csv|tsv|rtf|txt|zip|7z|gz|epub|mobi|xml|json|geojson|kml|kmz|shp|xps|mp3|m4a|wav|ogg|oga|mp4|m4v|webm|mov|avi|wmv|mpe?g)$/i;
const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|svg|tiff?|bmp|avif|heic)$/i;
const FILE_TYPES = 'PDF|ODT|ODS|ODP|DOCX?|XLSX?|XLSM|PPTX?|CSV|TSV|RTF|TXT|ZIP|EPUB|XML|JSON|KML|MP3|MP4|M4A|WAV|OGG|WEBM|MOV|HTML|MS Word|MS Excel|Word|Excel|PowerPoint|OpenDocument(?: [A-Za-z]+)?';
const TYPE = new RegExp(`\\b(?:${FILE_TYPES})\\b`, 'i');
const SIZE = /\b\d+(?:[.,]\d+)?\s?(?:[KMGT]i?B|kB|kb|Kb|KB|Ko|Mo|Go|octets|bytes|Byte)\b/;
const PAGES = /\b\d+\s?(?:pages?|Seiten?|S\.|pp\.)(?=\W|$)/i;
/** A parenthesis or bracket that carries nothing but file facts: "(PDF, 298KB)", "[PDF 1,2 MB]". */
const FACTS_IN_BRACKETS = new RegExp(
	`\\s*[([](?:\\s*(?:${FILE_TYPES}|\\d+(?:[.,]\\d+)?\\s?(?:[KMGT]i?B|kB|Ko|Mo|bytes|Byte)|\\d+\\s?(?:pages?|Seiten?))\\s*[,;|/–-]?)+\\s*[)\\]]`,
	'gi',
);

/** "(PDF, 245 KB, Datei ist nicht barrierefrei)": a bracket that opens with the file type is about the file. */
const FACTS_FIRST_IN_BRACKETS = new RegExp(`\\s*[([]\\s*(?:${FILE_TYPES})\\b[^)\\]]*[)\\]]\\s*$`, 'i');

/** "Dossier de presse PDF – 1,4 Mo": facts printed after the title without brackets. */
const TRAILING_FACTS = new RegExp(`\\s+(?:${FILE_TYPES})\\s*[–—,|:-]\\s*\\d+(?:[.,]\\d+)?\\s?(?:[KMGT]i?B|kB|Ko|Mo|Go|octets|bytes|Byte)\\s*$`, 'i');

/** Whether a resolved URL points at a file rather than a page. */
export function isAttachmentUrl(href: string, link?: Element): boolean {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return false;
	}
	const path = decodeURIComponent(url.pathname);
	if (IMAGE_EXTENSION.test(path)) {
		return false;
	}
	if (FILE_EXTENSION.test(path)) {
		return true;
	}
	// Government Site Builder (German federal sites) serves files as "…?__blob=publicationFile".
	if (url.searchParams.get('__blob') === 'publicationFile') {
		return true;
	}
	const type = link?.getAttribute('type') ?? '';
	return link?.hasAttribute('download') === true || /^(?:application|audio|video)\//.test(type);
}

/** The file facts printed in or beside the link, e.g. "PDF, 298KB" or "PDF, 1.2MB, 24 pages". */
export function attachmentDetails(link: Element): string | undefined {
	const sources = [visibleText(link), link.getAttribute('title') ?? '', ...nearbyText(link)];
	for (const text of sources) {
		// "(PDF, 95 KB)" states the facts on purpose; prefer it to a type word elsewhere in the text.
		const bracketed = text.match(FACTS_IN_BRACKETS)?.[0].replace(/^\s*[([]\s*|\s*[)\]]\s*$/g, '');
		if (bracketed) {
			return bracketed;
		}
		const facts = [TYPE, SIZE, PAGES].map(pattern => text.match(pattern)?.[0]).filter((fact): fact is string => Boolean(fact));
		// A bare type word ("PDF" in a title) says little; a size or page count makes it a description.
		if (facts.length >= 2 || (facts.length === 1 && !TYPE.test(facts[0]!))) {
			return facts.join(', ');
		}
	}
	return undefined;
}

/** The label without its file facts: "Report (PDF, 298KB)" → "Report". */
export function stripFileFacts(label: string): string {
	const stripped = cleanText(label.replace(FACTS_IN_BRACKETS, ' ').replace(FACTS_FIRST_IN_BRACKETS, ' ').replace(TRAILING_FACTS, ' '));
	return stripped || label;
}

/** The text of the link's own block and of the line after it (GOV.UK prints "PDF, 917KB, 16 pages" below the title). */
function nearbyText(link: Element): string[] {
	const block = link.closest('p, li, dd, td, h1, h2, h3, h4, h5, h6, div');
	if (!block) {
		return [];
	}
	const texts = [cleanText(block.textContent)];
	const next = block.nextElementSibling;
	if (next) {
		texts.push(cleanText(next.textContent));
	}
	return texts.filter(text => text.length <= 300);
}
