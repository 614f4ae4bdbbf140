/** What the library page needs from the extension: an interface, so components are tested with a fake in Node. */
import type {RemovedClipRecord} from '../../shared/messages.ts';
import type {ExportFormat} from '../../core/export/export-clips.ts';
import type {Clip, ClipSummary} from '../../shared/types.ts';
import type {ListedClip} from '../../ui/clip-list.tsx';
import type {LibraryFacets} from '../../core/library/facets.ts';

/** A search hit, or a recent clip when the search box is empty. */
export type LibraryHit = ListedClip;

export type VersionSummary = {id: number; supersededAt: number; changes: string[]; title: string; version: number};

/** Facet counts over a query's results: `counted` is less than `total` when there were too many to count. */
export type FacetsResult = {facets: LibraryFacets; counted: number; total: number};

export type StorageState = {usage: number; quota: number; persisted: boolean};

export type LibraryApi = {
	search(query: string): Promise<{hits: LibraryHit[]; total: number}>;
	/** Departments, years, document types and tags with counts, over what `query` finds (everything when empty). */
	facets(query: string): Promise<FacetsResult>;
	getClip(id: number): Promise<Clip | undefined>;
	versions(id: number): Promise<VersionSummary[]>;
	updateClip(id: number, changes: {tags?: string[]; note?: string}): Promise<ClipSummary>;
	/** Adds tags to several clips in one write; resolves with how many clips changed. */
	tagClips(ids: number[], tags: string[]): Promise<number>;
	deleteClips(ids: number[]): Promise<RemovedClipRecord[]>;
	restoreClips(removed: RemovedClipRecord[]): Promise<number>;
	openPrint(ids: number[]): Promise<void>;
	/** Writes the clips in one format and hands the file to the browser's downloads. */
	exportClips(ids: number[], format: ExportFormat): Promise<string>;
	/** Downloads the whole library (clips, versions, tags, notes) as one JSON file. */
	backUp(): Promise<string>;
	/** Merges a backup file into the library; refuses a corrupt or foreign file and writes nothing. */
	restoreBackup(file: File): Promise<{added: number; updated: number; unchanged: number}>;
	storage(): Promise<StorageState>;
	requestPersistence(): Promise<boolean>;
	/** Calls `listener` whenever the background has changed the library; returns the unsubscribe. */
	onLibraryChange(listener: () => void): () => void;
};
