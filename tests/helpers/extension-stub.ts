// A minimal `chrome` global so webextension-polyfill loads in Node; import before any src/platform module.
import 'fake-indexeddb/auto';

const listeners: ((...args: unknown[]) => unknown)[] = [];
const event = () => ({addListener: (listener: (...args: unknown[]) => unknown) => listeners.push(listener), removeListener() {}, hasListener: () => false});

(globalThis as Record<string, unknown>).chrome = {
	runtime: {
		id: 'govclip-test',
		getURL: (path: string) => `chrome-extension://govclip-test/${path}`,
		onMessage: event(),
		onInstalled: event(),
		sendMessage() {},
		lastError: undefined,
	},
	tabs: {get() {}, query() {}, sendMessage() {}, create() {}},
	scripting: {executeScript() {}},
};

export const EXTENSION_PAGE = {id: 'govclip-test', url: 'chrome-extension://govclip-test/popup.html'};
export const CONTENT_SCRIPT = {id: 'govclip-test', url: 'https://www.gov.uk/news/x', tab: {id: 7, index: 0, highlighted: false, active: true, pinned: false, incognito: false}};
