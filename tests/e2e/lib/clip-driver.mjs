/** Drives clips the way the popup does (a clipTab message from an extension page), with the reply and its time. */

/**
 * Run in an extension page: sends clipTab for a tab id (or a whole payload, `{tabId, mode}`) and returns {reply, ms}.
 * Works with chrome.* and browser.*.
 */
export const sendClipTab = async target => {
	const api = globalThis.browser ?? globalThis.chrome;
	const started = performance.now();
	const payload = typeof target === 'object' ? target : {tabId: target};
	const reply = await api.runtime.sendMessage({to: 'background', type: 'clipTab', payload})
		.catch(error => ({ok: false, error: {code: 'SEND_FAILED', message: String(error?.message ?? error)}}));
	return {reply, ms: performance.now() - started};
};

/** Run in a page: selects its first `count` paragraphs. */
export const selectParagraphs = count => {
	const paragraphs = document.querySelectorAll('p');
	const range = document.createRange();
	range.setStartBefore(paragraphs[0]);
	range.setEndAfter(paragraphs[count - 1]);
	getSelection().removeAllRanges();
	getSelection().addRange(range);
};

/** Run in an extension page: the ids of every open tab. */
export const tabIds = async () => (await (globalThis.browser ?? globalThis.chrome).tabs.query({})).map(tab => tab.id);

/**
 * Run in a page: resolves once the page has loaded and drawn a frame. A big page keeps its renderer busy with its
 * first layout for seconds after the load event, and any script (ours included) waits for it: a person clicks on a
 * page they can see.
 */
export const afterFirstFrame = () => new Promise(resolve => {
	const frame = () => requestAnimationFrame(() => setTimeout(resolve, 0));
	if (document.readyState === 'complete') {
		frame();
	} else {
		addEventListener('load', frame, {once: true});
	}
	setTimeout(resolve, 20_000);
});

/**
 * An article page of about 1 MB of random words, numbered `n`. Firefox compresses what IndexedDB stores, and the
 * repeated sentence of bigPage shrinks to a third: these fill a quota in a few saves.
 */
export function noisyPage(n) {
	let seed = n + 1;
	const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
	const word = () => Array.from({length: 3 + Math.floor(random() * 7)}, () => String.fromCharCode(97 + Math.floor(random() * 26))).join('');
	const paragraphs = Array.from({length: 500}, () => `<p>${Array.from({length: 300}, word).join(' ')}.</p>`).join('\n');
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Quota test page ${n}</title></head><body><main><article><h1>Quota test page ${n}</h1>\n${paragraphs}\n</article></main></body></html>`;
}
