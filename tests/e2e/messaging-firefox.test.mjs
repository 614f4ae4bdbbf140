// S6 in a real browser (Firefox ESR, test build): every privileged request sent from a web page's content-script
// world is refused with NOT_ALLOWED and changes nothing; the same request from an extension page works. Firefox gives
// each extension one content-script sandbox per page: code run there with scripting.executeScript shares it with
// content.js, and sends with the same sender (the tab, the page's address) a compromised content script would have.
import {after, before, describe, test} from 'node:test';
import {launchFirefox} from './lib/firefox.mjs';
import {dist} from './lib/paths.mjs';
import {serveRoutes} from './lib/route-server.mjs';
import {tabIds} from './lib/clip-driver.mjs';
import {ARTICLE, refusesPrivilegedRequests} from './lib/privileged-messages.mjs';

/** Run in an extension page: runs a runtime.sendMessage of `message` in the content-script world of `tabId`. */
const sendFromTab = async ({tabId, message}) => {
	const [injection] = await browser.scripting.executeScript({
		target: {tabId},
		args: [message],
		func: sent => browser.runtime.sendMessage(sent).then(reply => JSON.stringify(reply), error => JSON.stringify({sendFailed: String(error?.message ?? error)})),
	});
	return JSON.parse(injection.result);
};

describe('Firefox: privileged messages from the content script (S6)', () => {
	let firefox;
	let site;
	let control;

	before(async () => {
		site = await serveRoutes({'/news/flood.html': {type: 'text/html; charset=utf-8', body: ARTICLE}});
		firefox = await launchFirefox(dist('firefox-test'));
		control = await firefox.openExtensionPage('popup.html', '[data-testid=empty]');
	});
	after(async () => {
		await firefox?.close();
		await site?.close();
	});

	test('each privileged type from the content script\'s world is refused with NOT_ALLOWED; nothing changes', async () => {
		const before = new Set(await control.evaluate(tabIds));
		const page = await firefox.browser.newPage();
		await page.goto(`${site.url}/news/flood.html`);
		const tabId = (await control.evaluate(tabIds)).find(id => !before.has(id));
		const sendFromContentWorld = message => control.evaluate(sendFromTab, {tabId, message});
		const answers = await refusesPrivilegedRequests({control, tabId, sendFromContentWorld});
		console.log(`# S6 firefox: from the content script's world: ${answers}`);
		await page.close();
	});
});
