/** Typed messaging over runtime/tabs.sendMessage, with errors that survive the trip as AppError codes. */
import {browser, type Runtime} from './browser.ts';
import {AppError, fromWireError, toWireError} from '../shared/errors.ts';
import {isEnvelope, type Envelope, type MessageMap, type Receiver, type Reply} from '../shared/messages.ts';

export type Handlers<M extends MessageMap> = {
	[K in keyof M]: (payload: M[K]['payload'], sender: Runtime.MessageSender) => Promise<M[K]['result']>;
};

/**
 * Listens for the messages addressed to `receiver`. Not `async`: returning a Promise claims a message,
 * returning undefined leaves it to other listeners (MDN, runtime.onMessage).
 * Returns a function that removes the listener.
 */
export function handleMessages<M extends MessageMap>(
	receiver: Receiver,
	handlers: Handlers<M>,
	{isCurrent = () => true}: {isCurrent?: () => boolean} = {},
): () => void {
	const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply<unknown>> | undefined => {
		if (!isEnvelope(message) || message.to !== receiver || !isCurrent()) {
			return undefined;
		}
		if (!Object.hasOwn(handlers, message.type)) {
			return Promise.resolve({ok: false, error: toWireError(new AppError('BAD_MESSAGE', `Unknown request "${message.type.slice(0, 40)}".`))});
		}
		const handler = handlers[message.type as keyof M]!;
		return Promise.resolve()
			.then(() => handler(message.payload as never, sender))
			.then(
				value => ({ok: true as const, value}),
				(error: unknown) => {
					if (!(error instanceof AppError)) {
						console.error(`GovClip: ${receiver} failed on ${message.type}`, error);
					}
					return {ok: false as const, error: toWireError(error)};
				},
			);
	};
	browser.runtime.onMessage.addListener(listener);
	return () => browser.runtime.onMessage.removeListener(listener);
}

function unwrap<T>(reply: unknown): T {
	if (typeof reply !== 'object' || reply === null || !('ok' in reply)) {
		throw new AppError('NO_RECEIVER');
	}
	const typed = reply as Reply<T>;
	if (!typed.ok) {
		throw fromWireError(typed.error);
	}
	return typed.value;
}

function translateSendError(error: unknown): never {
	const message = error instanceof Error ? error.message : String(error);
	if (/Receiving end does not exist|Could not establish connection/i.test(message)) {
		throw new AppError('NO_RECEIVER');
	}
	throw error instanceof AppError ? error : new AppError('INTERNAL', message);
}

export async function sendToBackground<M extends MessageMap, K extends keyof M & string>(
	type: K,
	payload: M[K]['payload'],
): Promise<M[K]['result']> {
	const envelope: Envelope = {to: 'background', type, payload};
	const reply = await browser.runtime.sendMessage(envelope).catch(translateSendError);
	return unwrap<M[K]['result']>(reply);
}

export async function sendToTab<M extends MessageMap, K extends keyof M & string>(
	tabId: number,
	type: K,
	payload: M[K]['payload'],
): Promise<M[K]['result']> {
	const envelope: Envelope = {to: 'content', type, payload};
	const reply = await browser.tabs.sendMessage(tabId, envelope).catch(translateSendError);
	return unwrap<M[K]['result']>(reply);
}

/** Privileged requests (delete, export, settings) come only from our own pages, never from content scripts. */
export function isExtensionPage(sender: Runtime.MessageSender): boolean {
	// A content script's sender.url is the web page's; only our own pages have an extension URL.
	return sender.id === browser.runtime.id && (sender.url?.startsWith(browser.runtime.getURL('')) ?? false);
}

export function assertFromExtensionPage(sender: Runtime.MessageSender): void {
	if (!isExtensionPage(sender)) {
		throw new AppError('NOT_ALLOWED');
	}
}
