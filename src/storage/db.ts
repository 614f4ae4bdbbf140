/** The GovClip database: a small typed Dexie class that tests point at a private fake IndexedDB. */
import Dexie, {type EntityTable} from 'dexie';
import type {Clip} from '../shared/types.ts';
import {declareSchema} from './schema.ts';

/** A clip without its body: what list queries read. */
export type ClipRow = Omit<Clip, 'contentHtml' | 'text'>;

/** The large part of a clip, keyed by the clip's id. */
export type BodyRow = {id: number; contentHtml: string; text: string};

/** A superseded version of a clip, kept whole, with what changed when it was replaced. */
export type VersionRow = {id: number; clipId: number; supersededAt: number; changes: string[]; clip: Clip};

export const DB_NAME = 'govclip';

export class ClipDb extends Dexie {
	clips!: EntityTable<ClipRow, 'id'>;
	bodies!: EntityTable<BodyRow, 'id'>;
	versions!: EntityTable<VersionRow, 'id'>;

	/** Tests pass a unique `name` and fake-indexeddb's `indexedDB`/`IDBKeyRange`. */
	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		declareSchema(this);
	}
}
