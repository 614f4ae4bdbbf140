/**
 * The search index's public face: `searchLibrary`, which the popup and the library view call (ranked hits
 * with snippets, or the newest clips, filters applied, for a query without words), and the upkeep the
 * background runs, re-exported from the modules that hold it.
 */
import {parseQuery, type ParsedQuery} from '../core/search/parse-query.ts';
import {search} from '../core/search/search.ts';
import type {SearchHit, SearchPage} from '../shared/search-types.ts';
import type {ClipDb, SearchTextRow} from './db.ts';
import {hitSnippet, hitSnippets} from './hit-snippet.ts';
import {withIndexReader, type LibraryReader} from './index-reader.ts';
import {recentMatches} from './recent-matches.ts';

export type {SearchHit, SearchPage} from '../shared/search-types.ts';
export {mergePending, rebuildIndex, type MergeOptions, type RebuildProgress} from './merge-index.ts';
export {checkIndex, libraryStats, type IndexCheck, type LibraryStats} from './check-index.ts';

export type SearchLibraryOptions = {
	limit?: number;
	offset?: number;
	/** Filled with the milliseconds each stage took (open, rank, rows and snippets): for benchmarks. */
	stages?: Record<string, number>;
	/** False when only the clips' summaries are wanted (facet counts over many hits): no snippet is made. */
	snippets?: boolean;
};

/** A stopwatch over the stages of one search; does nothing without a record to fill. */
function stopwatch(stages: Record<string, number> | undefined): (stage: string) => void {
	let last = performance.now();
	return stage => {
		if (!stages) return;
		const now = performance.now();
		stages[stage] = (stages[stage] ?? 0) + now - last;
		last = now;
	};
}

/**
 * Loads the index head and runs each step of a search once (planning, a prefix, a phrase check, a text row,
 * a snippet), so that the first query typed into a page that has just opened (the popup lives only while it
 * is shown) pays for none of it: neither the reads nor the compiling. Call it when the page opens.
 */
export async function warmUpSearch(db: ClipDb): Promise<void> {
	await withIndexReader(db, async reader => {
		// Reads at most four posting buckets: "warm", "up", and the two most common terms starting "wa".
		const query = parseQuery('"warm up" wa');
		const {hits} = await search(query, reader, {limit: 1, maxExpansions: 2, maxPhraseChecks: 8});
		const docs = await reader.docs();
		const some = hits[0]?.id ?? docs.ids[docs.ids.length - 1];
		const [row] = some === undefined ? [] : await reader.textRows([some]);
		hitSnippet(row?.fields.body || 'Warming up the snippet code: it tokenises and stems like a query.', query);
	});
}

/** Makes the hits of one query's result page: its snippets share what they look for. */
function hitMaker(query: ParsedQuery, snippets: boolean): (row: SearchTextRow, score: number) => SearchHit {
	const snippetOf = snippets ? hitSnippets(query) : null;
	return (row, score) => ({...row.summary, score, snippet: snippetOf ? snippetOf(row.fields.body || row.fields.summary) : {text: '', highlights: []}});
}

/** The hits as shown, in order; a hit whose clip is gone (the index lags a repair) is left out rather than shown empty. */
function toHits(rows: readonly (SearchTextRow | undefined)[], scores: readonly number[], query: ParsedQuery, snippets: boolean): SearchHit[] {
	const toHit = hitMaker(query, snippets);
	return rows.flatMap((row, i) => (row ? [toHit(row, scores[i] ?? 0)] : []));
}

export async function searchLibrary(db: ClipDb, query: string, {limit = 20, offset = 0, stages, snippets = true}: SearchLibraryOptions = {}): Promise<SearchPage> {
	const lap = stopwatch(stages);
	limit = Math.max(1, Math.floor(limit));
	offset = Math.max(0, Math.floor(offset));
	const parsed = parseQuery(query);
	const hasText = parsed.words.length + parsed.phrases.length > 0;
	const hasFilters = parsed.filters.length + parsed.excludedWords.length + parsed.excludedPhrases.length > 0;
	if (!hasText && !hasFilters) {
		const {total, rows} = await db.transaction('r', db.clips, db.searchTexts, async () => {
			const ids = await db.clips.orderBy('clippedAt').reverse().offset(offset).limit(limit).primaryKeys();
			return {total: await db.clips.count(), rows: await db.searchTexts.bulkGet(ids)};
		});
		return {hits: toHits(rows, [], parsed, snippets), total, relaxed: false};
	}
	return withIndexReader(db, reader => searchIndex(reader, parsed, {limit, offset, snippets, lap}));
}

/** A query with words or filters, over one reader (one transaction). */
async function searchIndex(reader: LibraryReader, parsed: ParsedQuery, {limit, offset, snippets, lap}: {
	limit: number; offset: number; snippets: boolean; lap: (stage: string) => void;
}): Promise<SearchPage> {
	lap('open');
	const hasText = parsed.words.length + parsed.phrases.length > 0;
	if (!hasText) {
		const {rows, total} = await recentMatches(parsed, reader, {offset, limit});
		return {hits: toHits(rows, [], parsed, snippets), total, relaxed: false};
	}
	const result = await search(parsed, reader, {limit: offset + limit});
	lap('rank');
	const shown = result.hits.slice(offset);
	// The page's search text rows (often cached already: phrase checks read them too), each hit's snippet made
	// as its row arrives, while the next rows are still being read.
	const made: (SearchHit | undefined)[] = [];
	const toHit = hitMaker(parsed, snippets);
	await reader.textRows(shown.map(hit => hit.id), (row, i) => {
		made[i] = row && toHit(row, shown[i]!.score);
	});
	lap('rows and snippets');
	const hits = made.filter((hit): hit is SearchHit => hit !== undefined);
	return {hits, total: result.total, relaxed: result.relaxed};
}
