/** Drives clips the way the popup does (a clipTab message from an extension page), with the reply and its time. */

/** Run in an extension page: sends clipTab for `tabId` and returns {reply, ms}. Works with chrome.* and browser.*. */
export const sendClipTab = async tabId => {
	const api = globalThis.browser ?? globalThis.chrome;
	const started = performance.now();
	const reply = await api.runtime.sendMessage({to: 'background', type: 'clipTab', payload: {tabId}})
		.catch(error => ({ok: false, error: {code: 'SEND_FAILED', message: String(error?.message ?? error)}}));
	return {reply, ms: performance.now() - started};
};

/** Run in an extension page: the ids of every open tab. */
export const tabIds = async () => (await (globalThis.browser ?? globalThis.chrome).tabs.query({})).map(tab => tab.id);

/** Large synthetic article pages for R2: about `megabytes` MB in `elements` elements. */
export function bigPage({megabytes, elements}) {
	const paragraphs = Math.floor(elements / 2); // <p> with one <span> each
	const textPerParagraph = Math.max(20, Math.floor((megabytes * 1024 * 1024) / paragraphs) - 30);
	const sentence = 'The council confirmed funding for bus routes, libraries and flood defences across the county this year. ';
	const text = sentence.repeat(Math.ceil(textPerParagraph / sentence.length)).slice(0, textPerParagraph);
	const body = Array.from({length: paragraphs}, (_, i) => `<p><span>${i}</span> ${text}</p>`).join('\n');
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big page ${megabytes} MB</title></head><body><main><article><h1>Big page ${megabytes} MB</h1>\n${body}\n</article></main></body></html>`;
}
