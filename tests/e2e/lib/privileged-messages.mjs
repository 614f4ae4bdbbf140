// S6 in a real browser, the same in both: every privileged request sent from the content script's world on a web
// page is refused with NOT_ALLOWED and changes nothing; the same request from an extension page is carried out.
import assert from 'node:assert/strict';
import {auditLibrary, readClipRow} from './db-audit.mjs';
import {sendClipTab} from './clip-driver.mjs';

export const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood defence funding confirmed</title></head>
<body><main><article><h1>Flood defence funding confirmed</h1>
${'<p>The Environment Agency confirmed funding for flood defences along the river this year, with work starting in spring and finishing before the winter storms.</p>\n'.repeat(8)}
</article></main></body></html>`;

/**
 * `control` is an extension page; `tabId` a tab showing ARTICLE; `sendFromContentWorld(message)` sends `message`
 * with runtime.sendMessage from the content script's own world in that tab (each browser reaches it its own way)
 * and resolves with the reply, or `{sendFailed}`. Returns the answers, for the log.
 */
export async function refusesPrivilegedRequests({control, tabId, sendFromContentWorld}) {
	// A real clip first: content.js is in the tab, and there is a clip for the page to go after.
	const {reply: saved} = await control.evaluate(sendClipTab, tabId);
	assert.equal(saved.ok, true, JSON.stringify(saved.error));
	const clipId = saved.value.id;
	const snapshot = async () => JSON.stringify((await control.evaluate(auditLibrary)).clips.map(clip => [clip.id, clip.url, clip.hasBody, clip.indexed]));
	const stored = await snapshot();

	const requests = [
		{type: 'clipTab', payload: {tabId}},
		{type: 'clipTab', payload: {}},
		{type: 'updateClip', payload: {id: clipId, tags: ['owned'], note: 'written by the page'}},
		{type: 'tagClips', payload: {ids: [clipId], tags: ['owned']}},
		{type: 'deleteClips', payload: {ids: [clipId]}},
		{type: 'restoreClips', payload: {removed: []}},
		{type: 'importLibrary', payload: {data: {format: 'govclip-library', version: 1, clips: []}}},
	];
	const answers = [];
	for (const {type, payload} of requests) {
		const reply = await sendFromContentWorld({to: 'background', type, payload});
		const shown = JSON.stringify(reply);
		answers.push(`${type} → ${reply.ok ? 'ok' : reply.error?.code ?? reply.sendFailed}`);
		assert.equal(reply.ok, false, `${type} from the content script was refused (${shown})`);
		assert.equal(reply.error.code, 'NOT_ALLOWED', `${type}: ${shown}`);
		assert.match(reply.error.message, /not allowed from a web page/);
	}
	assert.equal(await snapshot(), stored, 'the library is unchanged: the clip the page tried to delete is still there, whole');
	const {row} = await control.evaluate(readClipRow, clipId);
	assert.deepEqual({tags: row.tags, note: row.note}, {tags: [], note: ''}, 'the clip\'s tags and note are untouched');

	// The control: the same update from an extension page is carried out.
	const fromPage = await control.evaluate(async id => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({to: 'background', type: 'updateClip', payload: {id, tags: ['flood']}}), clipId);
	assert.equal(fromPage.ok, true, JSON.stringify(fromPage.error));
	assert.deepEqual(fromPage.value.tags, ['flood']);
	return `${answers.join('; ')}; from an extension page: updateClip → ok`;
}
