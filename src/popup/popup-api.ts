/** What the popup needs from the extension: an interface, so components are tested with a fake in Node. */
import type {ClipMode, RemovedClipRecord, SaveResult} from '../shared/messages.ts';
import type {SearchHit} from '../shared/search-types.ts';
import type {ClipSummary} from '../shared/types.ts';
import type {SnapshotRow} from './recent-snapshot.ts';

export type PopupApi = {
	/** The whole article, or (`selection`) only the text selected on the page, with the page's metadata. */
	clipPage(mode?: ClipMode): Promise<SaveResult>;
	/** Whether text is selected on the page, so "Clip selection" is worth offering. */
	hasSelection(): Promise<boolean>;
	recentClips(): Promise<ClipSummary[]>;
	/** The recent list the last popup showed (recent-snapshot.ts), to paint before `recentClips` answers; null when none is usable. */
	lastShown(): SnapshotRow[] | null;
	/** Keeps a recent list just read from the database as the next popup's first list. */
	rememberShown(clips: readonly SnapshotRow[]): void;
	/** Drops a deleted clip from the kept list. */
	forgetShown(id: number): void;
	/** Ranked results as the person types; filters such as dept:"…" and after:2025-01-01 work here too. */
	search(query: string): Promise<SearchHit[]>;
	/** Removes a clip; the result is handed back to `restore` for Undo. */
	remove(id: number): Promise<RemovedClipRecord[]>;
	restore(removed: RemovedClipRecord[]): Promise<void>;
	openPrint(id: number): Promise<void>;
	/** The library page, opened at one clip when given. */
	openLibrary(id?: number): Promise<void>;
	/** The keyboard shortcut as the browser has it configured, e.g. "Alt+Shift+C"; empty when unset. */
	shortcut(): Promise<string>;
};
