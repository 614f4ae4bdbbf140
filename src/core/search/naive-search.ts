/**
 * The baseline an index must beat: scan every clip's folded text for every query word. Benchmarks run it
 * in the same process as the index, as the anchor of their ratios.
 */
import {clipFields, type IndexableClip} from './clip-to-index-doc.ts';
import {dayOfIso} from './dates.ts';
import {foldText} from './fold-text.ts';
import {parseQuery} from './parse-query.ts';
import {rankHits} from './rank-hits.ts';
import type {SearchHit} from './search.ts';
import {isStopWord} from './stop-words.ts';

export type NaiveDoc = {id: number; text: string; published: number};

/** Folds a clip once, as a scan over stored text would have it already. */
export function naiveDoc(clip: IndexableClip): NaiveDoc {
	const fields = clipFields(clip);
	return {id: clip.id, text: foldText(Object.values(fields).join('\n')), published: dayOfIso(clip.publishedAt)};
}

function occurrences(text: string, needle: string): number {
	let count = 0;
	for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) count++;
	return count;
}

/** Clips holding every word and phrase as a substring, scored by log-damped counts. No filters, no stemming. */
export function naiveSearch(query: string, docs: readonly NaiveDoc[], limit = 20): SearchHit[] {
	const parsed = parseQuery(query);
	const needles = [...parsed.words.map(foldText).filter(word => !isStopWord(word)), ...parsed.phrases.map(foldText)];
	if (needles.length === 0) return [];
	const ids: number[] = [];
	const scores: number[] = [];
	const published: number[] = [];
	for (const doc of docs) {
		let score = 0;
		for (const needle of needles) {
			const count = occurrences(doc.text, needle);
			if (count === 0) {
				score = -1;
				break;
			}
			score += Math.log1p(count);
		}
		if (score >= 0) {
			ids.push(doc.id);
			scores.push(score);
			published.push(doc.published);
		}
	}
	return rankHits({ids, scores, published}, limit).map(i => ({id: ids[i]!, score: scores[i]!}));
}
