/**
 * The search text of each clip (schema v3): what a result list shows of it (its summary) and its searchable
 * text, field by field, for snippets and phrase checks. A query reads these small rows only, never the
 * clip rows (contacts, links) or the bodies (sanitised HTML, often larger than the text itself).
 * Written with the pending entry, by every change that queues one (index-changes.ts).
 */
import {clipFields} from '../core/search/clip-to-index-doc.ts';
import type {Clip} from '../shared/types.ts';
import {toSummary} from './clip-summary.ts';
import type {SearchTextRow} from './db.ts';

/** A clip as changes carry it: everything but its HTML. */
export type TextedClip = Omit<Clip, 'contentHtml'>;

export function searchTextRow(clip: TextedClip): SearchTextRow {
	return {id: clip.id, summary: toSummary(clip), fields: clipFields(clip)};
}
