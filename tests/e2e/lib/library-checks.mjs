// Checks on the extension's stored library shared by the reliability tests of both browsers (Node side).
import assert from 'node:assert/strict';
import {auditLibrary} from './db-audit.mjs';
import {sendClipTab} from './clip-driver.mjs';
import {bigPage} from './synthetic-pages.mjs';

/** Every clip has its body and search entry, and nothing is left without its clip: no half-written save. */
export function assertWhole(audit, label) {
	assert.deepEqual(audit.clips.filter(clip => !clip.hasBody || !clip.indexed), [], `${label}: every clip has its body and index entry`);
	assert.deepEqual(audit.orphanBodies, [], `${label}: no body without its clip`);
	assert.deepEqual(audit.orphanIndex, [], `${label}: no index entry without its clip`);
}

/**
 * After a save the background was stopped in: the library is whole, and "Saved" was said only for a clip that
 * exists. Returns whether the page's clip is stored.
 */
export async function auditInterruptedSave(control, reply, {url, label}) {
	const audit = await control.evaluate(auditLibrary);
	assertWhole(audit, label);
	const stored = audit.clips.some(clip => clip.url === url);
	assert.ok(!reply.ok || stored, `${label}: "Saved" was shown (${reply.ok ? 'saved' : reply.error.code}) only for a clip that exists`);
	return stored;
}

/** The retry of that save: it succeeds, finds the first attempt's clip only if it was stored, and the page is stored once. */
export async function auditRetry(control, again, {url, label, stored}) {
	assert.equal(again.ok, true, `${label}: the retry succeeds (${JSON.stringify(again.error)})`);
	assert.equal(again.value.status, stored ? 'unchanged' : 'saved', `${label}: the retry finds the first attempt's clip only if it was stored`);
	const after = await control.evaluate(auditLibrary);
	assertWhole(after, `retry of ${label}`);
	assert.equal(after.clips.filter(clip => clip.url === url).length, 1, `${label}: stored once`);
}

/**
 * R7, the same in both browsers: `saves` saves of 1 MB pages, the background stopped by `stop()` at a random moment
 * in each (from the start to a little after a typical save's end, measured on an uninterrupted first save). Every
 * clip must be whole or absent, "Saved" said only for a stored clip, and each retry must store the page once.
 * `openTab(url)` gives {tab, id}. Returns the counts for the log.
 */
export async function savesWithStops({control, site, openTab, stop, saves}) {
	const page = name => bigPage({megabytes: 1, elements: 1000}).replace(/Big page 1 MB/g, name);
	site.set('/saves/baseline.html', {type: 'text/html; charset=utf-8', body: page('Council update baseline')});
	const baselineTab = await openTab(`${site.url}/saves/baseline.html`);
	const baseline = await control.evaluate(sendClipTab, baselineTab.id);
	assert.equal(baseline.reply.ok, true, 'an uninterrupted save works');
	const typicalMs = baseline.ms;
	await baselineTab.tab.close();
	const counts = {typicalMs: Math.round(typicalMs), interrupted: 0, savedBeforeStop: 0, lost: 0, retried: 0, notStopped: 0};
	for (let n = 0; n < saves; n++) {
		const path = `/saves/${n}.html`;
		site.set(path, {type: 'text/html; charset=utf-8', body: page(`Council update number ${n}`)});
		const {tab, id} = await openTab(`${site.url}${path}`);
		const pending = control.evaluate(sendClipTab, id);
		await new Promise(resolve => setTimeout(resolve, Math.random() * typicalMs * 1.3));
		if (!await stop()) {
			counts.notStopped++;
		}
		const {reply} = await Promise.race([pending, new Promise(resolve => setTimeout(() => resolve({reply: {ok: false, error: {code: 'NO_REPLY', message: 'no answer in 30 s'}}}), 30_000))]);
		assert.notEqual(reply.error?.code, 'NO_REPLY', `save ${n}: the page got an answer`);
		reply.ok ? counts.savedBeforeStop++ : counts.interrupted++;
		const saved = {url: `${site.url}${path}`, label: `save ${n}`};
		const stored = await auditInterruptedSave(control, reply, saved);
		if (reply.ok && !stored) {
			counts.lost++;
		}
		// A retry: the next message starts the background again; the clip ends up stored exactly once.
		const {reply: again} = await control.evaluate(sendClipTab, id);
		counts.retried++;
		await auditRetry(control, again, {...saved, stored});
		await tab.close();
	}
	assert.equal((await control.evaluate(auditLibrary)).clips.length, saves + 1, 'every page ends up clipped once');
	return counts;
}

/**
 * R6, the same in both browsers: saves the pages `openClip(n)` opens ({tab, id}), n = `from`, `from` + 1, …, until a
 * save fails (at most 40), checking after each that the library is whole. Returns {saved, full: {reply, ms}}.
 */
export async function saveUntilFull(control, openClip, {from = 0} = {}) {
	let saved = 0;
	let full = null;
	for (let n = from; n < from + 40 && !full; n++) {
		const {tab, id} = await openClip(n);
		const {reply, ms} = await control.evaluate(sendClipTab, id);
		if (reply.ok) {
			saved++;
		} else {
			full = {reply, ms, tabId: id};
		}
		assertWhole(await control.evaluate(auditLibrary), `after save ${n}`);
		await tab.close();
	}
	assert.ok(full, 'the quota was reached within 40 saves');
	return {saved, full};
}
