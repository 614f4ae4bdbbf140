/** A clip as lists show it: the few fields of a result row, without body, contacts or links. */
import type {ClipSummary} from '../shared/types.ts';
import type {ClipRow} from './db.ts';

export function toSummary(row: ClipRow): ClipSummary {
	return {
		id: row.id,
		title: row.title,
		publisher: row.publisher,
		publishedAt: row.publishedAt,
		clippedAt: row.clippedAt,
		url: row.url,
		canonicalUrl: row.canonicalUrl,
		documentType: row.documentType,
		tags: row.tags,
		version: row.version,
		contactCount: row.contacts.length,
		linkCount: row.links.length,
	};
}
