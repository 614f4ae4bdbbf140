/**
 * A query without words (only filters and exclusions, e.g. `dept:"Cabinet Office"`): its matches come from the
 * index like any query's, but in the order of a list, newest clipped first, as the empty query shows them.
 */
import {docRows} from '../core/search/doc-table.ts';
import {liveIndex} from '../core/search/live-index.ts';
import {matchPlan} from '../core/search/match-plan.ts';
import type {ParsedQuery} from '../core/search/parse-query.ts';
import {planQuery} from '../core/search/plan-query.ts';
import type {PostingList} from '../core/search/postings.ts';
import {phraseChecker} from '../core/search/verify-phrases.ts';
import type {SearchTextRow} from './db.ts';
import type {LibraryReader} from './index-reader.ts';

const ID_SPAN = 2 ** 32;
const BATCH = 64;

type Candidate = {id: number; day: number};

/** Newest clipped first; the same instant, the higher id first (as the clippedAt index reads in reverse). */
function byClipped(a: SearchTextRow, b: SearchTextRow): number {
	return b.summary.clippedAt - a.summary.clippedAt || b.id - a.id;
}

export type RecentPage = {rows: SearchTextRow[]; total: number};

export async function recentMatches(parsed: ParsedQuery, reader: LibraryReader, {offset, limit}: {offset: number; limit: number}): Promise<RecentPage> {
	const [docs, pending] = await Promise.all([reader.docs(), reader.pending()]);
	const live = liveIndex({docs, dictionary: null}, pending);
	const plan = planQuery(parsed, live, {prefix: false, maxExpansions: 0});
	if (plan.unmatchable) {
		return {rows: [], total: 0};
	}
	const terms = [...new Set([...plan.required, ...plan.exclusions.flatMap(exclusion => exclusion.groups)].flatMap(group => group.terms))];
	const lists = await reader.postings(terms);
	const postings = new Map<string, PostingList>();
	terms.forEach((term, i) => lists[i] && postings.set(term, lists[i]));
	const matches = matchPlan(plan, live, postings, 'all');

	// One sortable number per match: the clipped day above, the id below (a native typed-array sort). Rows are
	// looked up for all ids at once (by id in a large library, not a binary search each); the pending clips, which
	// follow the merged ones, take their day from their entries, so a row found for one of them is never used.
	const pendingDays = new Map(live.pendingDocs.map(doc => [doc.id, doc.clipped]));
	const docRowOf = docRows(docs, matches.ids);
	const keys = new Float64Array(matches.ids.length);
	for (let i = 0; i < keys.length; i++) {
		const id = matches.ids[i]!;
		const day = pendingDays.get(id) ?? (docRowOf[i]! >= 0 ? docs.clipped[docRowOf[i]!]! : -1);
		keys[i] = Math.max(-1, Math.min(1e6, day)) * ID_SPAN + id;
	}
	keys.sort();
	const excludedPhrases = plan.exclusions.flatMap(({phrase}) => (phrase ? [phrase] : []));
	const needed = offset + limit;
	const kept: Candidate[] = [];
	for (let i = keys.length - 1; i >= 0;) {
		const batch: Candidate[] = [];
		for (; i >= 0 && batch.length < BATCH; i--) {
			batch.push({id: keys[i]! % ID_SPAN, day: Math.floor(keys[i]! / ID_SPAN)});
		}
		const suspects = batch.filter(candidate => matches.suspects.has(candidate.id));
		const texts = suspects.length ? await reader.texts(suspects.map(candidate => candidate.id)) : [];
		const excluded = new Set(suspects.filter((_, s) => !texts[s] || excludedPhrases.some(phraseChecker(texts[s])) ).map(candidate => candidate.id));
		kept.push(...batch.filter(candidate => !excluded.has(candidate.id)));
		// Stop once every clip sharing a day with the page is in: the exact times order them within the day.
		if (kept.length > needed && kept.at(-1)!.day < kept[needed - 1]!.day) break;
	}
	if (offset >= kept.length) {
		return {rows: [], total: matches.ids.length};
	}
	const lastDay = kept[Math.min(needed, kept.length) - 1]!.day;
	const from = kept.findIndex(candidate => candidate.day === kept[offset]!.day);
	const to = kept.findLastIndex(candidate => candidate.day === lastDay) + 1;
	const ids = kept.slice(from, to).map(candidate => candidate.id);
	const rows = await reader.textRows(ids);
	const page = rows.filter((row): row is SearchTextRow => row !== undefined).sort(byClipped).slice(offset - from, needed - from);
	return {rows: page, total: matches.ids.length};
}
