// The library tab follows changes made elsewhere, the same in both browsers: a clip saved from another page appears,
// a clip deleted elsewhere leaves the list and the reader, and a database cleared behind the tab's back (R12) is
// not shown as if it were still there. No reload in between.
import assert from 'node:assert/strict';
import {auditLibrary} from './db-audit.mjs';
import {sendClipTab, tabIds} from './clip-driver.mjs';
import {ARTICLE} from './privileged-messages.mjs';
import {assertWhole} from './library-checks.mjs';

/** Run in the library: the titles listed, and the title in the reader (null when closed). */
const shown = () => ({
	titles: [...document.querySelectorAll('[data-testid=clip] .result-title')].map(element => element.textContent),
	reader: document.querySelector('#reader-title')?.textContent ?? null,
});

/** Run in an extension page: deletes the database, as clearing the browser's storage does. */
const deleteDatabase = () => new Promise(resolve => {
	const request = indexedDB.deleteDatabase('govclip');
	request.onsuccess = () => resolve('deleted');
	request.onerror = () => resolve(`error ${request.error}`);
	request.onblocked = () => undefined; // open connections close on their own (Dexie closes on versionchange)
});

/** Waits until `library` shows `expected` ({titles, reader}); returns how long it took. */
async function shows(library, expected, what) {
	const started = Date.now();
	let last;
	while (Date.now() - started < 5000) {
		last = await library.evaluate(shown);
		if (JSON.stringify(last) === JSON.stringify(expected)) {
			return Date.now() - started;
		}
		await new Promise(resolve => setTimeout(resolve, 50));
	}
	assert.deepEqual(last, expected, what);
	return NaN;
}

/** `pages` as testInBothBrowsers gives them. Returns a line for the log. */
export async function libraryFollowsChanges({site, control, openExtensionPage, openTab}) {
	const flood = 'Flood defence funding confirmed';
	const ferry = 'Ferry crossing funding confirmed';
	site.set('/news/flood.html', {type: 'text/html; charset=utf-8', body: ARTICLE});
	site.set('/news/ferry.html', {type: 'text/html; charset=utf-8', body: ARTICLE.replaceAll('Flood defence', 'Ferry crossing')});
	const openArticle = async path => {
		const before = new Set(await control.evaluate(tabIds));
		const tab = await openTab(`${site.url}${path}`);
		return {tab, id: (await control.evaluate(tabIds)).find(id => !before.has(id))};
	};
	const save = async tabId => {
		const {reply} = await control.evaluate(sendClipTab, tabId);
		assert.equal(reply.ok, true, JSON.stringify(reply.error));
		return reply.value;
	};
	const library = await openExtensionPage('library.html', {width: 1280, height: 800});
	await shows(library, {titles: [], reader: null}, 'an empty library');
	const timings = [];

	const floodTab = await openArticle('/news/flood.html');
	const floodClip = await save(floodTab.id);
	timings.push(await shows(library, {titles: [flood], reader: null}, 'a clip saved elsewhere is listed'));
	await library.evaluate(() => document.querySelector('[data-testid=clip] .result-title').click());
	await shows(library, {titles: [flood], reader: flood}, 'the clip opens in the reader');

	const deleted = await control.evaluate(id => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({to: 'background', type: 'deleteClips', payload: {ids: [id]}}), floodClip.id);
	assert.equal(deleted.ok, true, JSON.stringify(deleted.error));
	timings.push(await shows(library, {titles: [], reader: null}, 'a clip deleted elsewhere leaves the list and the reader'));

	const ferryTab = await openArticle('/news/ferry.html');
	await save(ferryTab.id);
	await shows(library, {titles: [ferry], reader: null}, 'the second clip is listed');
	assert.equal(await control.evaluate(deleteDatabase), 'deleted');
	// After storage is cleared, the next save lands in a new database, and the tab shows that, not what was before.
	const again = await save(floodTab.id);
	assert.equal(again.status, 'saved', 'a new clip, not "already clipped" from a database that is gone');
	timings.push(await shows(library, {titles: [flood], reader: null}, 'after the database was cleared, only what it now holds'));
	assertWhole(await control.evaluate(auditLibrary), 'after the database was cleared');
	await floodTab.tab.close();
	await ferryTab.tab.close();
	await library.close();
	return `the open library showed a saved clip in ${timings[0]} ms, a deleted one gone in ${timings[1]} ms, a cleared database in ${timings[2]} ms`;
}
