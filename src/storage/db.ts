/** The GovClip database: a small typed Dexie class that tests point at a private fake IndexedDB. */
import Dexie, {type EntityTable, type Table} from 'dexie';
import type {EncodedDictionary} from '../core/search/dictionary.ts';
import type {DocTable} from '../core/search/doc-table.ts';
import type {PendingEntry} from '../core/search/index-store.ts';
import type {ClipFields} from '../core/search/clip-to-index-doc.ts';
import type {Clip, ClipSummary} from '../shared/types.ts';
import {declareSchema} from './schema.ts';

/** A clip without its body: what list queries read. */
export type ClipRow = Omit<Clip, 'contentHtml' | 'text'>;

/** The large part of a clip, keyed by the clip's id. */
export type BodyRow = {id: number; contentHtml: string; text: string};

/** A superseded version of a clip, kept whole, with what changed when it was replaced. */
export type VersionRow = {id: number; clipId: number; supersededAt: number; changes: string[]; clip: Clip};

/** The merged postings of the terms that hash to `bucket` (posting-buckets.ts), each packed by `encodePostings`. */
export type PostingBucketRow = {bucket: number; lists: Map<string, Uint8Array>};

/**
 * The search index's records by key. `head` is the doc table, read whole when a search opens; `state` holds
 * the counters a reader compares with its cache before reading anything larger. The dictionary was inside
 * `head` before v4, in a `dictionary` record of its own in v4, and is in `searchTerms` since v5.
 */
export type SearchHeadRow = {key: 'head'; rev: number; docs: DocTable};
export type SearchStateRow = {
	key: 'state';
	headRev: number;
	pendingRev: number;
	/** How many pending entries exist: at 0 a reader skips the scan, which in Chromium also walks the deleted entries a merge leaves behind until storage compacts them. */
	pendingCount: number;
};
export type SearchMetaRow = SearchHeadRow | SearchStateRow;

/**
 * One slice of the dictionary (since v5): the terms whose first two letters are `prefix` (dictionary.ts,
 * `sliceKey`), with their document frequencies. A prefix being typed reads one; merges rewrite the ones they change.
 */
export type SearchTermsRow = {prefix: string} & EncodedDictionary;

/** What a search reads of one clip (search-texts.ts): its summary for the result list, its text for snippets and phrases. */
export type SearchTextRow = {id: number; summary: ClipSummary; fields: ClipFields};

/** A change not merged into postings yet; `seq` tells a merge whether the entry was replaced meanwhile. */
export type PendingRow = PendingEntry & {seq: number};

export const DB_NAME = 'govclip';

export class ClipDb extends Dexie {
	clips!: EntityTable<ClipRow, 'id'>;
	bodies!: EntityTable<BodyRow, 'id'>;
	versions!: EntityTable<VersionRow, 'id'>;
	postings!: Table<PostingBucketRow, number>;
	searchHead!: Table<SearchMetaRow, string>;
	pending!: Table<PendingRow, number>;
	searchTexts!: Table<SearchTextRow, number>;
	searchTerms!: Table<SearchTermsRow, string>;

	/** Tests pass a unique `name` and fake-indexeddb's `indexedDB`/`IDBKeyRange`. */
	constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
		super(name, options);
		declareSchema(this);
	}
}
