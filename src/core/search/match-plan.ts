/**
 * Matching a query plan: intersect (or, relaxed, unite) the groups' posting lists as typed arrays, take out
 * exclusions, ids with pending changes and dates out of range, then do the same for the pending clips.
 */
import {NO_DAY} from './dates.ts';
import {docRows} from './doc-table.ts';
import {filterMarked, intersectHits, scoreUnion, subtractIds, unionMany, type Hits} from './hits.ts';
import {termScore} from './fields.ts';
import {weightIn, type LiveIndex} from './live-index.ts';
import type {QueryPlan, TermGroup} from './plan-query.ts';
import type {PostingList} from './postings.ts';
import type {IndexDoc} from './clip-to-index-doc.ts';

export type Mode = 'all' | 'any';

/** Matched clips as columns; `suspects` still have to prove they lack an excluded phrase. */
export type Matches = {ids: Uint32Array; scores: Float64Array; published: Int32Array; suspects: Set<number>};

type Postings = ReadonlyMap<string, PostingList>;

function groupHits(group: TermGroup, postings: Postings): Hits {
	const lists: PostingList[] = [];
	const idfs: number[] = [];
	group.terms.forEach((term, i) => {
		const list = postings.get(term);
		if (list) {
			lists.push(list);
			idfs.push(group.idfs[i]!);
		}
	});
	return scoreUnion(lists, idfs);
}

function intersectAll(hits: Hits[]): Hits | null {
	const sorted = [...hits].sort((a, b) => a.ids.length - b.ids.length); // smallest first: every step shrinks
	return sorted.reduce<Hits | null>((acc, next) => (acc === null ? next : acc.ids.length === 0 ? acc : intersectHits(acc, next)), null);
}

/** Whether a clip's days pass every date filter. A plain loop: it runs once per hit, compiled or not. */
function inDates(plan: QueryPlan, published: number, clipped: number): boolean {
	for (let d = 0; d < plan.dates.length; d++) {
		const {field, first, last} = plan.dates[d]!;
		const day = field === 'published' ? published : clipped;
		if (day === NO_DAY || day < first || day > last) return false;
	}
	return true;
}

function matchPostings(plan: QueryPlan, live: LiveIndex, postings: Postings, mode: Mode, suspects: Set<number>): Matches {
	const {docs} = live.head;
	const strict = plan.required.filter(group => mode === 'all' || !group.relaxable).map(group => groupHits(group, postings));
	const loose = plan.required.filter(group => mode === 'any' && group.relaxable).map(group => groupHits(group, postings));
	let hits = intersectAll(strict);
	if (loose.length) {
		const any = unionMany(loose, 'sum');
		hits = hits ? intersectHits(hits, any) : any;
	}
	hits ??= {ids: docs.ids, scores: new Float64Array(docs.ids.length)}; // filters only: every clip
	hits = subtractIds(hits, live.masked);
	for (const {groups, phrase} of plan.exclusions) {
		const excluded = intersectAll(groups.map(group => groupHits(group, postings)))!;
		if (phrase === null) hits = subtractIds(hits, excluded.ids);
		else for (const id of intersectHits(hits, excluded).ids) suspects.add(id);
	}
	const rows = docRows(docs, hits.ids);
	if (plan.dates.length) {
		const keep = new Uint8Array(hits.ids.length);
		for (let i = 0; i < keep.length; i++) {
			const row = rows[i]!;
			keep[i] = row >= 0 && inDates(plan, docs.published[row]!, docs.clipped[row]!) ? 1 : 0;
		}
		hits = filterMarked(hits, keep);
	}
	const kept = plan.dates.length ? docRows(docs, hits.ids) : rows;
	const published = new Int32Array(hits.ids.length);
	for (let i = 0; i < hits.ids.length; i++) {
		published[i] = kept[i]! >= 0 ? docs.published[kept[i]!]! : NO_DAY;
	}
	return {ids: hits.ids, scores: hits.scores, published, suspects};
}

/** A group's score in one clip, or -1 when the clip holds none of its terms. */
function groupScore(group: TermGroup, doc: IndexDoc): number {
	let best = -1;
	group.terms.forEach((term, i) => {
		const weight = weightIn(doc, term);
		if (weight >= 0) best = Math.max(best, termScore(group.idfs[i]!, weight));
	});
	return best;
}

type MatchList = {ids: number[]; scores: number[]; published: number[]};

function matchPending(plan: QueryPlan, live: LiveIndex, mode: Mode, into: MatchList, suspects: Set<number>): void {
	for (const doc of live.pendingDocs) {
		let score = 0;
		let loose = 0;
		let looseMatched = false;
		const ok = plan.required.every(group => {
			const value = groupScore(group, doc);
			if (mode === 'any' && group.relaxable) {
				loose++;
				looseMatched ||= value >= 0;
			}
			score += Math.max(0, value);
			return value >= 0 || (mode === 'any' && group.relaxable);
		});
		if (!ok || (loose > 0 && !looseMatched) || !inDates(plan, doc.published, doc.clipped)) continue;
		const excluded = plan.exclusions.filter(({groups}) => groups.every(group => groupScore(group, doc) >= 0));
		if (excluded.some(({phrase}) => phrase === null)) continue;
		if (excluded.length) suspects.add(doc.id);
		into.ids.push(doc.id);
		into.scores.push(score);
		into.published.push(doc.published);
	}
}

/** The matches as typed columns: merged clips first (ascending ids), then pending ones. */
export function matchPlan(plan: QueryPlan, live: LiveIndex, postings: Postings, mode: Mode): Matches {
	const suspects = new Set<number>();
	const merged = matchPostings(plan, live, postings, mode, suspects);
	const pending: MatchList = {ids: [], scores: [], published: []};
	matchPending(plan, live, mode, pending, suspects);
	if (pending.ids.length === 0) {
		return merged;
	}
	const join = <T extends Uint32Array | Float64Array | Int32Array>(a: T, b: number[], make: new (length: number) => T): T => {
		const out = new make(a.length + b.length);
		out.set(a);
		out.set(b, a.length);
		return out;
	};
	return {
		ids: join(merged.ids, pending.ids, Uint32Array),
		scores: join(merged.scores, pending.scores, Float64Array),
		published: join(merged.published, pending.published, Int32Array),
		suspects,
	};
}
