/**
 * The facet counts the library shows beside its results: over the clips the query finds (every clip when it
 * is empty), read through the search's public entry point, up to `limit` clips, newest or best first.
 */
import {countFacets, type LibraryFacets} from '../core/library/facets.ts';
import {parseQuery} from '../core/search/parse-query.ts';
import {recentClips} from './clips.ts';
import type {ClipDb} from './db.ts';
import {searchLibrary} from './search-index.ts';

export type FacetsResult = {
	facets: LibraryFacets;
	/** How many clips were counted: `total` unless the results run past `limit`. */
	counted: number;
	total: number;
};

export async function libraryFacets(db: ClipDb, query: string, {limit = 2000}: {limit?: number} = {}): Promise<FacetsResult> {
	const parsed = parseQuery(query);
	const empty = parsed.words.length + parsed.phrases.length + parsed.excludedWords.length + parsed.excludedPhrases.length + parsed.filters.length === 0;
	if (empty) {
		// No snippets needed: rows only, without their bodies.
		const [clips, total] = await Promise.all([recentClips(db, limit), db.clips.count()]);
		return {facets: countFacets(clips), counted: clips.length, total};
	}
	const {hits, total} = await searchLibrary(db, query, {limit, snippets: false});
	return {facets: countFacets(hits), counted: hits.length, total: Math.max(total, hits.length)};
}
