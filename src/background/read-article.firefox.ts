/**
 * Firefox's build of read-article.ts. Firefox runs the background as a page, with a DOM: the content script hands
 * over the page as HTML and the background parses and extracts it. A content script reads a page's nodes through
 * Xray wrappers, which made extraction three to four times slower there (a 5 MB page took 20 s in the content script
 * and 5 s in an extension page, on the same machine). A page too big to send, or whose HTML does not parse back into
 * the same tree, is still extracted by the content script.
 */
import {AppError} from '../shared/errors.ts';
import {isPageSnapshot, type ClipMode, type ContentMessages, type PageRead} from '../shared/messages.ts';
import {sendToTab} from '../platform/messaging.ts';
import {extractSnapshot} from './extract-snapshot.ts';

export async function readArticle(tabId: number, mode: ClipMode): Promise<PageRead> {
	const snapshot = await sendToTab<ContentMessages, 'snapshot'>(tabId, 'snapshot', {mode});
	if (snapshot !== null && !isPageSnapshot(snapshot)) {
		throw new AppError('BAD_MESSAGE', 'The page sent something GovClip could not read.');
	}
	return (snapshot && extractSnapshot(snapshot, window, {now: Date.now()})) ?? sendToTab<ContentMessages, 'extract'>(tabId, 'extract', {mode});
}
