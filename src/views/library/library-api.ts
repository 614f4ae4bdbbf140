/** What the library page needs from the extension: an interface, so components are tested with a fake in Node. */
import type {RemovedClipRecord} from '../../shared/messages.ts';
import type {Clip, ClipSummary} from '../../shared/types.ts';
import type {Range} from '../../ui/highlighted.tsx';

export type LibraryHit = ClipSummary & {snippet?: {text: string; highlights: Range[]}};

export type VersionSummary = {id: number; supersededAt: number; changes: string[]; title: string; version: number};

export type StorageState = {usage: number; quota: number; persisted: boolean};

export type LibraryApi = {
	search(query: string): Promise<{hits: LibraryHit[]; total: number}>;
	getClip(id: number): Promise<Clip | undefined>;
	versions(id: number): Promise<VersionSummary[]>;
	updateClip(id: number, changes: {tags?: string[]; note?: string}): Promise<ClipSummary>;
	deleteClips(ids: number[]): Promise<RemovedClipRecord[]>;
	restoreClips(removed: RemovedClipRecord[]): Promise<number>;
	openPrint(ids: number[]): Promise<void>;
	storage(): Promise<StorageState>;
	requestPersistence(): Promise<boolean>;
};
