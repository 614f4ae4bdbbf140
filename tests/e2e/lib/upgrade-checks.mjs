// R8 in a real browser, the same in both: a newer GovClip upgrades the database while the library page of the
// running one is open. The open page must not block the upgrade, and what it writes afterwards must land.
import assert from 'node:assert/strict';
import {sendClipTab, tabIds} from './clip-driver.mjs';
import {ARTICLE} from './privileged-messages.mjs';
import {readClipRow} from './db-audit.mjs';
import {until} from './browser-pages.mjs';

/** IndexedDB's version for a Dexie schema version (Dexie multiplies by ten); far above any version GovClip declares. */
const NEWER_VERSION = 1000;

/** Run in an extension page: opens the database the way a newer release would, adding a store; resolves with what happened. */
const upgradeDatabase = version => new Promise(resolve => {
	const started = performance.now();
	const request = indexedDB.open('govclip', version);
	request.onupgradeneeded = () => request.result.createObjectStore('addedByNewerRelease');
	request.onblocked = () => resolve({blocked: true, ms: performance.now() - started});
	request.onerror = () => resolve({error: String(request.error), ms: performance.now() - started});
	request.onsuccess = () => {
		request.result.close();
		resolve({version: request.result.version, ms: performance.now() - started});
	};
});

/**
 * `site` serves pages; `control` is an extension page; `openTab` and `openExtensionPage` as in browser-pages.mjs.
 * Returns a line for the log.
 */
export async function upgradesWithOldPageOpen({site, control, openTab, openExtensionPage}) {
	site.set('/news/upgrade.html', {type: 'text/html; charset=utf-8', body: ARTICLE});
	const before = new Set(await control.evaluate(tabIds));
	const tab = await openTab(`${site.url}/news/upgrade.html`);
	const tabId = (await control.evaluate(tabIds)).find(id => !before.has(id));
	const {reply} = await control.evaluate(sendClipTab, tabId);
	assert.equal(reply.ok, true, JSON.stringify(reply.error));
	const id = reply.value.id;
	// The old release's library, reading the clip: its connection is open, and so is the background's.
	const library = await openExtensionPage(`library.html?id=${id}`);
	await until(library, () => document.querySelector('.article-body')?.childElementCount > 0, null, 'the reader');

	const upgrade = await control.evaluate(upgradeDatabase, NEWER_VERSION);
	assert.equal(upgrade.version, NEWER_VERSION, `the upgrade completed: ${JSON.stringify(upgrade)}`);
	assert.ok(upgrade.ms <= 5000, `upgrade within 5 s (${Math.round(upgrade.ms)} ms)`);

	// The old page goes on working: a tag added in it afterwards is stored.
	await library.type('input[aria-label="Add a tag"]', 'after-upgrade');
	await library.keyboard.press('Enter');
	let stored;
	for (let waited = 0; waited < 50 && !stored?.row?.tags?.includes('after-upgrade'); waited++) {
		await new Promise(resolve => setTimeout(resolve, 100));
		stored = await control.evaluate(readClipRow, id);
	}
	assert.deepEqual({version: stored.version, tags: stored.row.tags}, {version: NEWER_VERSION, tags: ['after-upgrade']}, 'the old page\'s tag edit landed in the upgraded database');
	// And the background, whose connection was closed by the upgrade too, still saves.
	const again = await control.evaluate(sendClipTab, tabId);
	assert.equal(again.reply.ok, true, `a save after the upgrade: ${JSON.stringify(again.reply.error)}`);
	assert.equal(again.reply.value.status, 'unchanged', 'the same page again: "already clipped"');
	await tab.close();
	await library.close();
	return `upgrade to version ${NEWER_VERSION} with the library and the background connected: done in ${Math.round(upgrade.ms)} ms; the open library's tag edit stored afterwards; the background saved again`;
}
