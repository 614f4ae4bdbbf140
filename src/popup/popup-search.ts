/**
 * The popup's search, loaded on demand: it brings Dexie and the search index code, which the first paint does
 * without (the recent clips are read with plain IndexedDB, storage/read-recent-clips.ts).
 */
import type {SearchHit} from '../shared/search-types.ts';
import {db} from '../storage/default-db.ts';
import {searchLibrary, warmUpSearch} from '../storage/search-index.ts';

export async function search(query: string, limit: number): Promise<SearchHit[]> {
	return (await searchLibrary(db, query, {limit})).hits;
}

/** Loads the index head, so the first letter typed does not wait for it. */
export function warmUp(): Promise<void> {
	return warmUpSearch(db);
}
