// S6 in a real browser (Chromium, test build): every privileged request sent from GovClip's own content script, in
// its isolated world on a web page, is refused with NOT_ALLOWED and changes nothing; the same request from an
// extension page works. A page that has taken over the content script's world can do no more than this.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {launchChromium} from './lib/chromium.mjs';
import {dist} from './lib/paths.mjs';
import {serveRoutes} from './lib/route-server.mjs';
import {auditLibrary} from './lib/db-audit.mjs';
import {sendClipTab, tabIds} from './lib/clip-driver.mjs';

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood defence funding confirmed</title></head>
<body><main><article><h1>Flood defence funding confirmed</h1>
${'<p>The Environment Agency confirmed funding for flood defences along the river this year, with work starting in spring and finishing before the winter storms.</p>\n'.repeat(8)}
</article></main></body></html>`;

/** Sends one message to the background from the world this runs in, and returns the reply (or the send's failure). */
const SEND = message => `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify(message)})
	.then(reply => JSON.stringify(reply), error => JSON.stringify({sendFailed: String(error?.message ?? error)}))`;

/** Run in an extension page: a clip row's tags and note, read with the raw API. */
const readTagsAndNote = id => new Promise((resolve, reject) => {
	const open = indexedDB.open('govclip');
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const request = open.result.transaction('clips').objectStore('clips').get(id);
		request.onsuccess = () => {
			open.result.close();
			resolve({tags: request.result.tags, note: request.result.note});
		};
		request.onerror = () => reject(request.error);
	};
});

describe('Chromium: privileged messages from the content script (S6)', () => {
	let browser;
	let site;
	let control;

	before(async () => {
		site = await serveRoutes({'/news/flood.html': {type: 'text/html; charset=utf-8', body: ARTICLE}});
		browser = await launchChromium(dist('chrome-test'));
		control = await browser.context.newPage();
		await control.goto(browser.extensionUrl('popup.html'));
	});
	after(async () => {
		await browser?.close();
		await site?.close();
	});

	test('each privileged type from the content script\'s world is refused with NOT_ALLOWED; nothing changes', async () => {
		const before = new Set(await control.evaluate(tabIds));
		const page = await browser.context.newPage();
		const cdp = await browser.context.newCDPSession(page);
		const contexts = [];
		cdp.on('Runtime.executionContextCreated', ({context}) => contexts.push(context));
		await cdp.send('Runtime.enable');
		await page.goto(`${site.url}/news/flood.html`);
		const tabId = (await control.evaluate(tabIds)).find(id => !before.has(id));
		// A real clip injects content.js into the page's tab.
		const {reply: saved} = await control.evaluate(sendClipTab, tabId);
		assert.equal(saved.ok, true, JSON.stringify(saved.error));
		const clipId = saved.value.id;
		// Chromium names an extension's isolated world after the extension.
		const isolated = () => contexts.find(context => context.auxData?.type === 'isolated' && context.name === 'GovClip');
		for (let waited = 0; !isolated() && waited < 50; waited++) {
			await new Promise(resolve => setTimeout(resolve, 100));
		}
		const world = isolated();
		assert.ok(world, `the content script's isolated world was found among ${contexts.length} contexts`);
		const snapshot = async () => JSON.stringify((await control.evaluate(auditLibrary)).clips.map(clip => [clip.id, clip.url, clip.hasBody, clip.indexed]));
		const stored = await snapshot();

		const requests = [
			{type: 'clipTab', payload: {tabId}},
			{type: 'clipTab', payload: {}},
			{type: 'updateClip', payload: {id: clipId, tags: ['owned'], note: 'written by the page'}},
			{type: 'deleteClips', payload: {ids: [clipId]}},
			{type: 'restoreClips', payload: {removed: []}},
			{type: 'importLibrary', payload: {data: {format: 'govclip-library', version: 1, clips: []}}},
		];
		const answers = [];
		for (const {type, payload} of requests) {
			const {result, exceptionDetails} = await cdp.send('Runtime.evaluate', {expression: SEND({to: 'background', type, payload}), contextId: world.id, awaitPromise: true, returnByValue: true});
			assert.equal(exceptionDetails, undefined, `${type}: the send ran`);
			const reply = JSON.parse(result.value);
			answers.push(`${type} → ${reply.ok ? 'ok' : reply.error?.code ?? reply.sendFailed}`);
			assert.equal(reply.ok, false, `${type} from the content script was refused (${result.value})`);
			assert.equal(reply.error.code, 'NOT_ALLOWED', `${type}: ${result.value}`);
			assert.match(reply.error.message, /not allowed from a web page/);
		}
		assert.equal(await snapshot(), stored, 'the library is unchanged: the clip the page tried to delete is still there, whole');
		assert.deepEqual(await control.evaluate(readTagsAndNote, clipId), {tags: [], note: ''}, 'the clip\'s tags and note are untouched');

		// The control: the same update from an extension page is carried out.
		const fromPage = await control.evaluate(async id => (globalThis.browser ?? globalThis.chrome).runtime.sendMessage({to: 'background', type: 'updateClip', payload: {id, tags: ['flood']}}), clipId);
		assert.equal(fromPage.ok, true, JSON.stringify(fromPage.error));
		assert.deepEqual(fromPage.value.tags, ['flood']);
		console.log(`# S6 chromium: from the content script's world: ${answers.join('; ')}; from an extension page: updateClip → ok`);
		await page.close();
	});
});
