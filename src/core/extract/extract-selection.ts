/** "Clip selection": the person's selection is the article; the page around it still gives the metadata. */
import type {Extraction} from '../../shared/types.ts';
import {extractClip, type ExtractOptions} from './extract-clip.ts';

/**
 * Extracts `selection` (a document of the page's head and the selected nodes). The department and dates are often
 * printed in the page around the article, outside the selection: they come from `whole`, a copy of the whole page
 * (null when the page is too big to read), and the text, contacts and links from the selection.
 */
export function extractSelection(selection: Document, whole: Document | null, options: ExtractOptions): Extraction {
	const clip = extractClip(selection, options);
	return whole ? withPageMetadata(clip, extractClip(whole, options)) : clip;
}

const PAGE_FIELDS = ['title', 'canonicalUrl', 'publisher', 'byline', 'publishedAt', 'updatedAt', 'language', 'documentType'] as const;

function withPageMetadata(selected: Extraction, whole: Extraction): Extraction {
	const merged = {...selected};
	for (const field of PAGE_FIELDS) {
		const value = whole[field];
		if (value) {
			(merged as Record<string, unknown>)[field] = value;
		}
	}
	return merged;
}
