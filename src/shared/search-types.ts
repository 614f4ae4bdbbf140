/** What a library search returns to the popup and the library view: plain data, safe to send in messages. */
import type {ClipSummary} from './types.ts';

/** The window of a clip's text that best answers the query; highlights are [start, end) offsets into `text`. */
export type SearchSnippet = {text: string; highlights: [number, number][]};

export type SearchHit = ClipSummary & {
	/** BM25F relevance; 0 when the query has no words and hits come newest clipped first. */
	score: number;
	snippet: SearchSnippet;
};

export type SearchPage = {
	hits: SearchHit[];
	/** Clips matching the words and filters (an upper bound when the query has phrases). */
	total: number;
	/** No clip held every word, so the hits hold some of them. */
	relaxed: boolean;
};
