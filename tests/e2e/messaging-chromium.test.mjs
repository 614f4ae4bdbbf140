// S6 in a real browser (Chromium, test build): every privileged request sent from GovClip's own content script, in
// its isolated world on a web page, is refused with NOT_ALLOWED and changes nothing; the same request from an
// extension page works. A page that has taken over the content script's world can do no more than this.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {launchChromium} from './lib/chromium.mjs';
import {dist} from './lib/paths.mjs';
import {serveRoutes} from './lib/route-server.mjs';
import {tabIds} from './lib/clip-driver.mjs';
import {ARTICLE, refusesPrivilegedRequests} from './lib/privileged-messages.mjs';

/** Sends one message to the background from the world this runs in, and returns the reply (or the send's failure). */
const SEND = message => `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify(message)})
	.then(reply => JSON.stringify(reply), error => JSON.stringify({sendFailed: String(error?.message ?? error)}))`;

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
		// Chromium names an extension's isolated world after the extension; it exists once content.js is injected,
		// which the check's first clip does.
		const isolated = () => contexts.find(context => context.auxData?.type === 'isolated' && context.name === 'GovClip');
		const sendFromContentWorld = async message => {
			for (let waited = 0; !isolated() && waited < 50; waited++) {
				await new Promise(resolve => setTimeout(resolve, 100));
			}
			assert.ok(isolated(), `the content script's isolated world was found among ${contexts.length} contexts`);
			const {result, exceptionDetails} = await cdp.send('Runtime.evaluate', {expression: SEND(message), contextId: isolated().id, awaitPromise: true, returnByValue: true});
			assert.equal(exceptionDetails, undefined, `${message.type}: the send ran`);
			return JSON.parse(result.value);
		};
		const answers = await refusesPrivilegedRequests({control, tabId, sendFromContentWorld});
		console.log(`# S6 chromium: from the content script's world: ${answers}`);
		await page.close();
	});
});
