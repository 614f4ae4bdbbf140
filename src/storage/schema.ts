/**
 * The database's schema history. Append only: a version that has shipped is never edited, and every
 * version with an upgrade has a test that seeds the old shape (tests/storage/schema.test.ts).
 * Index only what is queried; never index bodies or text.
 */
import type Dexie from 'dexie';

export const SCHEMA_VERSIONS = [1] as const;

export function declareSchema(db: Dexie): void {
	// v1 (0.1.0): clip metadata, bodies kept apart so lists never load them, and superseded versions.
	db.version(1).stores({
		clips: '++id, &canonicalUrl, contentHash, publishedAt, clippedAt, publisher, *tags',
		bodies: 'id',
		versions: '++id, clipId',
	});
}
