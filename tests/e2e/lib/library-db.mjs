/** Reads the extension's own IndexedDB from one of its pages (pass to page.evaluate in Playwright or Puppeteer). */

/** The ids of every stored clip, in key order. */
export const storedClipIds = () => new Promise((resolve, reject) => {
	const request = indexedDB.open('govclip');
	request.onerror = () => reject(request.error);
	request.onsuccess = () => {
		const keys = request.result.transaction('clips').objectStore('clips').getAllKeys();
		keys.onsuccess = () => resolve(keys.result);
		keys.onerror = () => reject(keys.error);
	};
});
