/**
 * The search index's public face: `searchLibrary`, which the popup and the library view call (ranked hits
 * with snippets, or the newest clips, filters applied, for a query without words), and the upkeep the
 * background runs, re-exported from the modules that hold it.
 */
import {parseQuery} from '../core/search/parse-query.ts';
import type {SearchPage} from '../shared/search-types.ts';
import type {ClipDb} from './db.ts';
import {withIndexReader} from './index-reader.ts';
import {readOnly} from './read-only.ts';
import {resultPage, toHits} from './result-page.ts';

export type {SearchHit, SearchPage} from '../shared/search-types.ts';
export {mergePending, rebuildIndex, type MergeOptions, type RebuildProgress} from './merge-index.ts';
export {checkIndex, libraryStats, type IndexCheck, type LibraryStats} from './check-index.ts';
export {warmUpSearch} from './warm-up-search.ts';

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

export async function searchLibrary(db: ClipDb, query: string, {limit = 20, offset = 0, stages, snippets = true}: SearchLibraryOptions = {}): Promise<SearchPage> {
	const lap = stopwatch(stages);
	limit = Math.max(1, Math.floor(limit));
	offset = Math.max(0, Math.floor(offset));
	const parsed = parseQuery(query);
	const hasText = parsed.words.length + parsed.phrases.length > 0;
	const hasFilters = parsed.filters.length + parsed.excludedWords.length + parsed.excludedPhrases.length > 0;
	if (!hasText && !hasFilters) {
		const {total, rows} = await readOnly(db, [db.clips, db.searchTexts], async () => {
			const ids = await db.clips.orderBy('clippedAt').reverse().offset(offset).limit(limit).primaryKeys();
			return {total: await db.clips.count(), rows: await db.searchTexts.bulkGet(ids)};
		});
		return {hits: toHits(rows, [], parsed, snippets), total, relaxed: false};
	}
	return withIndexReader(db, reader => {
		lap('open');
		return resultPage(reader, parsed, {limit, offset, snippets, lap});
	});
}
