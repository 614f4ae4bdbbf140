/** What the popup needs from the extension: an interface, so components are tested with a fake in Node. */
import type {SaveResult} from '../shared/messages.ts';
import type {ClipSummary} from '../shared/types.ts';

export type PopupApi = {
	clipPage(): Promise<SaveResult>;
	recentClips(): Promise<ClipSummary[]>;
	openPrint(id: number): Promise<void>;
	/** The library page, opened at one clip when given. */
	openLibrary(id?: number): Promise<void>;
	/** The keyboard shortcut as the browser has it configured, e.g. "Alt+Shift+C"; empty when unset. */
	shortcut(): Promise<string>;
};
