/**
 * Reads a tab's article for a clip: the content script extracts a copy of the page where it is. Chrome's service
 * worker has no DOM to do it in, and Chrome's content scripts read the page at full speed. Firefox's build uses
 * read-article.firefox.ts instead.
 */
import type {ClipMode, ContentMessages} from '../shared/messages.ts';
import type {Extraction} from '../shared/types.ts';
import {sendToTab} from '../platform/messaging.ts';

export async function readArticle(tabId: number, mode: ClipMode): Promise<Extraction> {
	return sendToTab<ContentMessages, 'extract'>(tabId, 'extract', {mode});
}
