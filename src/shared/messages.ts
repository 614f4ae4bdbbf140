/** The message protocol: one row per message, grouped by receiver. Adding a message means adding one row here. */
import type {WireError} from './errors.ts';
import type {Clip, ClipSummary, Extraction} from './types.ts';

/** A deleted clip as the library held it (row, body, versions), opaque to the pages that keep it for Undo. */
export type RemovedClipRecord = {clip: Omit<Clip, 'contentHtml' | 'text'>; body: {id: number; contentHtml: string; text: string} | null; versions: unknown[]};

export type MessageMap = Record<string, {payload: unknown; result: unknown}>;

export type ClipMode = 'article' | 'selection';

/** What the person is told after a clip: the popup shows it in words. */
export type SaveResult = ClipSummary & {
	status: 'saved' | 'unchanged' | 'updated';
	/** For `updated`: what changed since the previous version, in words. */
	changes: string[];
	/** How long the clip took, step by step: shown to no one, read by the end-to-end tests against the plan's budgets. */
	timings: SaveTimings;
};

/**
 * How long reading a page took (in milliseconds): the whole read, from the page (or its snapshot) to the extraction,
 * and the sanitiser's share of it.
 */
export type ReadTimings = {readMs: number; sanitizeMs: number};

/** A clip's steps: reading the page (ReadTimings) and saving what was read, in one transaction. */
export type SaveTimings = ReadTimings & {saveMs: number};

/** What reading a page gives: its extraction and how long it took. */
export type PageRead = {extraction: Extraction; timings: ReadTimings};

/** Handled by the background (service worker in Chrome, event page in Firefox). */
export type BackgroundMessages = {
	/** Extension page → background: extract the tab's article and store it. No tabId: the active tab. */
	clipTab: {payload: {tabId?: number; mode?: ClipMode}; result: SaveResult};
	/** Extension page → background: change a clip's tags and/or note. */
	updateClip: {payload: {id: number; tags?: string[]; note?: string}; result: ClipSummary};
	/** Extension page → background: add tags to several clips (the library's bulk action); how many changed. */
	tagClips: {payload: {ids: number[]; tags: string[]}; result: {changed: number}};
	/** Extension page → background: remove clips; the result is what Undo hands back to `restoreClips`. */
	deleteClips: {payload: {ids: number[]}; result: {removed: RemovedClipRecord[]}};
	restoreClips: {payload: {removed: RemovedClipRecord[]}; result: {restored: number}};
	/** Library page → background: merge a backup file (already parsed JSON) into the library. */
	importLibrary: {payload: {data: unknown}; result: {added: number; updated: number; unchanged: number}};
};

/** Handled by the content script in one tab. */
export type ContentMessages = {
	ping: {payload: null; result: true};
	extract: {payload: {mode: ClipMode}; result: PageRead};
	/** The page as HTML, for extraction in the background; null when it is too big to send (then `extract`). */
	snapshot: {payload: {mode: ClipMode}; result: PageSnapshot | null};
};

/**
 * A page handed over as HTML (content/extract-page.ts): the whole page's, when it is read whole, and the selection's,
 * with the page's address and base address. It comes from a web page's world: `isPageSnapshot` checks its shape.
 */
export type PageSnapshot = {url: string; baseUri: string; html: PackedHtml | null; selectionHtml: PackedHtml | null};

/**
 * HTML as a message carries it (platform/page-copy.ts, `packHtml`): UTF-8 bytes, which Firefox passes between
 * processes four to five times faster than the same text as a string, or the string itself when it holds lone
 * surrogates, which UTF-8 cannot carry.
 */
export type PackedHtml = string | Uint8Array;

export function isPageSnapshot(value: unknown): value is PageSnapshot {
	const snapshot = value as PageSnapshot | null;
	const htmlOrNull = (field: unknown) => field === null || typeof field === 'string' || field instanceof Uint8Array;
	return typeof snapshot === 'object' && snapshot !== null && typeof snapshot.url === 'string' && typeof snapshot.baseUri === 'string'
		&& htmlOrNull(snapshot.html) && htmlOrNull(snapshot.selectionHtml) && (snapshot.html !== null || snapshot.selectionHtml !== null);
}

export type Receiver = 'background' | 'content';

export type Envelope = {to: Receiver; type: string; payload: unknown};

export type Reply<T> = {ok: true; value: T} | {ok: false; error: WireError};

export function isEnvelope(message: unknown): message is Envelope {
	return typeof message === 'object' && message !== null
		&& typeof (message as Envelope).to === 'string' && typeof (message as Envelope).type === 'string';
}
