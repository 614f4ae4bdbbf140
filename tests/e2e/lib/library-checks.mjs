// Checks on the extension's stored library shared by the reliability tests of both browsers (Node side).
import assert from 'node:assert/strict';
import {auditLibrary} from './db-audit.mjs';

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
