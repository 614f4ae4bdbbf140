/**
 * One result page of a query over one reader (one transaction): ranked hits for a query with words, the newest
 * matches for one with filters alone, each shown hit with its summary and snippet.
 */
import type {ParsedQuery} from '../core/search/parse-query.ts';
import {search} from '../core/search/search.ts';
import type {SearchHit, SearchPage} from '../shared/search-types.ts';
import type {SearchTextRow} from './db.ts';
import {hitSnippets} from './hit-snippet.ts';
import type {LibraryReader} from './index-reader.ts';
import {recentMatches} from './recent-matches.ts';

export type PageOptions = {
	limit: number;
	offset: number;
	/** False when only the clips' summaries are wanted: no snippet is made. */
	snippets: boolean;
	/** Called as each stage ends (rank, rows and snippets), for benchmarks. */
	lap?: (stage: string) => void;
};

/** Makes the hits of one query's result page: its snippets share what they look for. */
function hitMaker(query: ParsedQuery, snippets: boolean): (row: SearchTextRow, score: number) => SearchHit {
	const snippetOf = snippets ? hitSnippets(query) : null;
	return (row, score) => ({...row.summary, score, snippet: snippetOf ? snippetOf(row.fields.body || row.fields.summary) : {text: '', highlights: []}});
}

/** The hits as shown, in order; a hit whose clip is gone (the index lags a repair) is left out rather than shown empty. */
export function toHits(rows: readonly (SearchTextRow | undefined)[], scores: readonly number[], query: ParsedQuery, snippets: boolean): SearchHit[] {
	const toHit = hitMaker(query, snippets);
	return rows.flatMap((row, i) => (row ? [toHit(row, scores[i] ?? 0)] : []));
}

/** A query with words or filters, over one reader (one transaction). */
export async function resultPage(reader: LibraryReader, parsed: ParsedQuery, {limit, offset, snippets, lap}: PageOptions): Promise<SearchPage> {
	const hasText = parsed.words.length + parsed.phrases.length > 0;
	if (!hasText) {
		const {rows, total} = await recentMatches(parsed, reader, {offset, limit});
		return {hits: toHits(rows, [], parsed, snippets), total, relaxed: false};
	}
	const result = await search(parsed, reader, {limit: offset + limit});
	lap?.('rank');
	const shown = result.hits.slice(offset);
	// The page's search text rows (often cached already: phrase checks read them too), each hit's snippet made
	// as its row arrives, while the next rows are still being read.
	const made: (SearchHit | undefined)[] = [];
	const toHit = hitMaker(parsed, snippets);
	await reader.textRows(shown.map(hit => hit.id), (row, i) => {
		made[i] = row && toHit(row, shown[i]!.score);
	});
	lap?.('rows and snippets');
	const hits = made.filter((hit): hit is SearchHit => hit !== undefined);
	return {hits, total: result.total, relaxed: result.relaxed};
}
