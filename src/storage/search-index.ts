/**
 * The search index's public face: `searchLibrary`, which the popup and the library view call (ranked hits
 * with snippets, or the newest clips, filters applied, for a query without words), and the upkeep the
 * background runs, re-exported from the modules that hold it.
 */
import {parseQuery, type ParsedQuery} from '../core/search/parse-query.ts';
import {search} from '../core/search/search.ts';
import type {SearchHit, SearchPage} from '../shared/search-types.ts';
import {toSummary} from './clips.ts';
import type {BodyRow, ClipDb, ClipRow} from './db.ts';
import {hitSnippet} from './hit-snippet.ts';
import {openIndexReader} from './index-reader.ts';
import {recentMatches} from './recent-matches.ts';

export type {SearchHit, SearchPage} from '../shared/search-types.ts';
export {mergePending, rebuildIndex, type MergeOptions, type RebuildProgress} from './merge-index.ts';
export {checkIndex, libraryStats, type IndexCheck, type LibraryStats} from './check-index.ts';

export type SearchLibraryOptions = {limit?: number; offset?: number};

/**
 * Loads the index head and runs the search code once, so that the first query typed into a page that has
 * just opened (the popup lives only while it is shown) does not pay for both. Call it when the page opens.
 */
export async function warmUpSearch(db: ClipDb): Promise<void> {
	const reader = await openIndexReader(db);
	const query = parseQuery('warm up ');
	await search(query, reader, {limit: 1}); // reads at most two posting buckets
	hitSnippet('Warming up the snippet code: it tokenises and stems like a query.', query);
}

function toHits(rows: readonly ClipRow[], bodies: readonly (BodyRow | undefined)[], scores: readonly number[], query: ParsedQuery): SearchHit[] {
	return rows.map((row, i) => ({...toSummary(row), score: scores[i] ?? 0, snippet: hitSnippet(bodies[i]?.text ?? row.summary ?? '', query)}));
}

export async function searchLibrary(db: ClipDb, query: string, {limit = 20, offset = 0}: SearchLibraryOptions = {}): Promise<SearchPage> {
	limit = Math.max(1, Math.floor(limit));
	offset = Math.max(0, Math.floor(offset));
	const parsed = parseQuery(query);
	const hasText = parsed.words.length + parsed.phrases.length > 0;
	const hasFilters = parsed.filters.length + parsed.excludedWords.length + parsed.excludedPhrases.length > 0;
	if (!hasText && !hasFilters) {
		const {total, rows, bodies} = await db.transaction('r', db.clips, db.bodies, async () => {
			const rows = await db.clips.orderBy('clippedAt').reverse().offset(offset).limit(limit).toArray();
			return {total: await db.clips.count(), rows, bodies: await db.bodies.bulkGet(rows.map(row => row.id))};
		});
		return {hits: toHits(rows, bodies, [], parsed), total, relaxed: false};
	}
	const reader = await openIndexReader(db);
	if (!hasText) {
		const {rows, bodies, total} = await recentMatches(db, parsed, reader, {offset, limit});
		return {hits: toHits(rows, bodies, [], parsed), total, relaxed: false};
	}
	const result = await search(parsed, reader, {limit: offset + limit});
	const ids = result.hits.slice(offset).map(hit => hit.id);
	// One transaction for the rows and bodies: each costs a round trip to the browser's storage process.
	const [found, bodies] = await db.transaction('r', db.clips, db.bodies, () => Promise.all([db.clips.bulkGet(ids), db.bodies.bulkGet(ids)]));
	// A hit whose clip is gone (the index lags a repair) is left out rather than shown empty.
	const kept = result.hits.slice(offset).flatMap((hit, i) => (found[i] ? [{row: found[i], body: bodies[i], score: hit.score}] : []));
	return {
		hits: toHits(kept.map(hit => hit.row), kept.map(hit => hit.body), kept.map(hit => hit.score), parsed),
		total: result.total,
		relaxed: result.relaxed,
	};
}
