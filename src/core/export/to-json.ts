/** JSON of the clips' Extraction fields: what was read from each page, without what the library added. */
import type {Clip, Extraction} from '../../shared/types.ts';

// Listed rather than derived, so a field added to Clip later is not exported by accident.
const EXTRACTION_KEYS = [
	'isArticle', 'reason', 'url', 'canonicalUrl', 'title', 'publisher', 'byline', 'publishedAt', 'updatedAt', 'language',
	'summary', 'documentType', 'contentHtml', 'text', 'contacts', 'links', 'warnings',
] as const satisfies ReadonlyArray<keyof Extraction>;

export function toExtraction(clip: Clip): Extraction {
	const extraction: Partial<Record<keyof Extraction, unknown>> = {};
	for (const key of EXTRACTION_KEYS) {
		if (clip[key] !== undefined) {
			extraction[key] = clip[key];
		}
	}
	return extraction as Extraction;
}

/**
 * An array of Extractions, pretty-printed. JSON.stringify writes a lone surrogate as a \uD8xx escape, so
 * even malformed titles survive the round trip exactly (R10).
 */
export function toJson(clips: readonly Clip[]): string {
	return `${JSON.stringify(clips.map(toExtraction), null, '\t')}\n`;
}
