/**
 * Facet counts for the library's filter lists: how many of a set of clips come from each department, were
 * published in each year, are of each document type and carry each tag. Pure: the clips come in as data.
 */
import type {ClipSummary} from '../../shared/types.ts';

export type FacetCount = {value: string; count: number};

export type LibraryFacets = {
	departments: FacetCount[];
	/** Newest year first. */
	years: FacetCount[];
	types: FacetCount[];
	tags: FacetCount[];
};

export type FacetClip = Pick<ClipSummary, 'publisher' | 'publishedAt' | 'documentType' | 'tags'>;

export const NO_FACETS: LibraryFacets = {departments: [], years: [], types: [], tags: []};

/** Counts values that differ only in case or spacing as one, shown as first seen. */
class Tally {
	private readonly counts = new Map<string, FacetCount>();

	add(raw: string | null | undefined): void {
		const value = raw?.replace(/\s+/g, ' ').trim();
		if (!value) return;
		const key = value.toLowerCase();
		const entry = this.counts.get(key);
		if (entry) entry.count++;
		else this.counts.set(key, {value, count: 1});
	}

	/** Most clips first; ties in alphabetical order. */
	byCount(): FacetCount[] {
		return [...this.counts.values()].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value));
	}

	byValueDescending(): FacetCount[] {
		return [...this.counts.values()].sort((a, b) => b.value.localeCompare(a.value));
	}
}

export function countFacets(clips: Iterable<FacetClip>): LibraryFacets {
	const departments = new Tally();
	const years = new Tally();
	const types = new Tally();
	const tags = new Tally();
	for (const clip of clips) {
		// A joint release names each department, "A; B": each counts, as dept: finds the clip under each.
		for (const department of new Set(clip.publisher?.split(/\s*;\s*/) ?? [])) departments.add(department);
		years.add(/^\d{4}(?=-|$|T)/.exec(clip.publishedAt?.trim() ?? '')?.[0]);
		types.add(clip.documentType);
		// A tag counts once per clip, however often it was added.
		for (const tag of new Set(clip.tags.map(tag => tag.toLowerCase().trim()))) {
			tags.add(clip.tags.find(original => original.toLowerCase().trim() === tag));
		}
	}
	return {departments: departments.byCount(), years: years.byValueDescending(), types: types.byCount(), tags: tags.byCount()};
}
