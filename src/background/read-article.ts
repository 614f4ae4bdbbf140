/**
 * Reads a tab's article for a clip: the content script extracts a copy of the page where it is. Chrome's service
 * worker has no DOM to do it in, and Chrome's content scripts read the page at full speed. Firefox's build uses
 * read-article.firefox.ts instead.
 */
import type {ClipMode, ContentMessages, PageRead} from '../shared/messages.ts';
import {sendToTab} from '../platform/messaging.ts';

export async function readArticle(tabId: number, mode: ClipMode): Promise<PageRead> {
	return sendToTab<ContentMessages, 'extract'>(tabId, 'extract', {mode});
}
