/** A clip as the index sees it: per-field text, then one weight per term (BM25F), facet terms and dates. */
import type {Clip} from '../../shared/types.ts';
import {dayOfIso, dayOfTime} from './dates.ts';
import {facetTerms} from './facets.ts';
import {FIELDS, termWeight, type FieldName} from './fields.ts';
import {indexTerms} from './tokenize.ts';

/** The clip fields indexing reads; the storage layer may pass a full Clip. */
export type IndexableClip = Pick<
	Clip,
	'id' | 'title' | 'summary' | 'contacts' | 'publisher' | 'text' | 'documentType' | 'tags' | 'url' | 'canonicalUrl' | 'publishedAt' | 'clippedAt'
>;

/** The searchable text of a clip, field by field: what phrases are checked against. */
export type ClipFields = Record<FieldName, string>;

/**
 * One clip, ready to merge into postings. Plain and structured-clone-safe: the storage layer keeps it
 * as a pending record until it is merged.
 */
export type IndexDoc = {
	id: number;
	/** Text and facet ("#…") terms, sorted in code-unit order, each once. */
	terms: string[];
	/** Parallel to `terms`: the BM25F pseudo-frequency (0 for facet terms, which filter but do not score). */
	weights: Float32Array;
	/** Days since the epoch (dates.ts), or NO_DAY. */
	published: number;
	clipped: number;
};

export function clipFields(clip: Pick<IndexableClip, 'title' | 'summary' | 'contacts' | 'publisher' | 'text'>): ClipFields {
	// A contact's printed block already holds its name, role and addresses; the parts stand in when it is empty.
	const contacts = clip.contacts.map(c => c.raw || [c.name, c.role, c.organisation, ...c.emails, ...c.phones].filter(Boolean).join(' '));
	return {
		title: clip.title,
		summary: clip.summary ?? '',
		contacts: contacts.join('\n'),
		department: clip.publisher ?? '',
		body: clip.text,
	};
}

/** Deterministic: the same clip always gives the same IndexDoc, so a rebuild reproduces the index. */
export function clipToIndexDoc(clip: IndexableClip): IndexDoc {
	const fields = clipFields(clip);
	const counts = new Map<string, Uint16Array>();
	const lengths = new Uint16Array(FIELDS.length);
	FIELDS.forEach(({name}, f) => {
		const terms = indexTerms(fields[name]);
		lengths[f] = Math.min(65535, terms.length);
		for (const term of terms) {
			let perField = counts.get(term);
			if (!perField) {
				perField = new Uint16Array(FIELDS.length);
				counts.set(term, perField);
			}
			perField[f] = Math.min(65535, perField[f]! + 1);
		}
	});
	const entries: [string, number][] = [...counts].map(([term, perField]) => [term, termWeight(perField, lengths)]);
	for (const facet of facetTerms(clip)) {
		entries.push([facet, 0]);
	}
	entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
	return {
		id: clip.id,
		terms: entries.map(([term]) => term),
		weights: Float32Array.from(entries, ([, weight]) => weight),
		published: dayOfIso(clip.publishedAt),
		clipped: dayOfTime(clip.clippedAt),
	};
}
