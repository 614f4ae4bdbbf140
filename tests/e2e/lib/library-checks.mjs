// Checks on the extension's stored library shared by the reliability tests of both browsers (Node side).
import assert from 'node:assert/strict';
import {auditLibrary} from './db-audit.mjs';
import {bigPage, markupPage, timeExtract} from './clip-driver.mjs';

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
 * R2's saving budgets: pages whose text fits a clip, and how long saving each may take. `clipBigPage(path, body)`
 * opens and clips one in the browser under test. "No hang" (an answer inside the background's 20 s deadline, a
 * whole clip or a typed TOO_LARGE) is asserted; the timings, with the extraction timed again alone, are returned
 * for the report.
 */
export async function clipWithinBudgets(control, clipBigPage) {
	const timings = [];
	for (const size of [
		{name: '1 MB/12k elements', path: '/big-1mb.html', body: bigPage({megabytes: 1, elements: 12_000}), budget: 2000},
		{name: '5 MB/50k elements, 1.5M characters of text', path: '/markup-5mb.html', body: markupPage({megabytes: 5, elements: 50_000, textChars: 1_500_000}), budget: 3000},
	]) {
		const {tab, id, reply, ms} = await clipBigPage(size.path, size.body);
		const extractMs = reply.ok ? (await control.evaluate(timeExtract, id)).ms : NaN;
		timings.push({name: size.name, budget: size.budget, ms: Math.round(ms), extractMs: Math.round(extractMs), result: reply.ok ? reply.value.status : reply.error.code});
		assert.ok(ms <= 25_000, `${size.name} answered inside the 20 s deadline (${Math.round(ms)} ms)`);
		assert.ok(reply.ok || reply.error.code === 'TOO_LARGE', `${size.name}: saved or TOO_LARGE (${JSON.stringify(reply.error)})`);
		assertWhole(await control.evaluate(auditLibrary), `after ${size.name}`);
		await tab.close().catch(() => undefined);
	}
	const over = timings.filter(timing => timing.result !== 'saved' || timing.ms > timing.budget);
	return {
		report: timings.map(t => `${t.name} → ${t.result} in ${t.ms} ms (extraction alone, again: ${t.extractMs} ms; budget ${t.budget} ms)`).join('; '),
		over: over.length === 0 ? null : `over the budget here, extraction being most of it: ${over.map(o => `${o.name} ${o.result} in ${o.ms} ms (extraction ${o.extractMs} ms)`).join(', ')}`,
	};
}
