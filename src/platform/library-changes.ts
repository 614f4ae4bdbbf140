/**
 * "The library changed": said by the background after every write it commits (a clip saved, edited, deleted,
 * restored, imported), heard by open extension pages, which refresh what they show. A BroadcastChannel reaches only
 * contexts of the extension's own origin: web pages and content scripts can neither post on it nor hear it. It carries
 * no data, so a page always reads the change from the database itself.
 */
const CHANNEL = 'govclip-library-changes';

export function announceLibraryChange(): void {
	const channel = new BroadcastChannel(CHANNEL);
	channel.postMessage('changed');
	channel.close();
}

/** Calls `listener` on every change announced by another context; returns the unsubscribe. */
export function onLibraryChange(listener: () => void): () => void {
	const channel = new BroadcastChannel(CHANNEL);
	channel.onmessage = () => listener();
	return () => channel.close();
}
