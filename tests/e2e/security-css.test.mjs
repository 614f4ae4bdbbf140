// S5 in Chromium and Firefox: ten CSS payloads (tracking beacons, fixed overlays) clipped by the real extension and
// rendered in the library reader, the print page and the popup: no CSS in the rendered article, no request to the
// payloads' addresses, every control of GovClip's pages clickable (hit-tested).
import {after, before, describe, test} from 'node:test';
import {launchChromium} from './lib/chromium.mjs';
import {launchFirefox} from './lib/firefox.mjs';
import {dist} from './lib/paths.mjs';
import {serveRoutes} from './lib/route-server.mjs';
import {rendersCssPayloadsInertly} from './lib/css-checks.mjs';

describe('S5 in Chromium: CSS payloads', () => {
	let browser;
	let site;
	before(async () => {
		site = await serveRoutes();
		browser = await launchChromium(dist('chrome-test'));
	});
	after(async () => {
		await browser?.close();
		await site?.close();
	});

	test('no CSS reaches a rendered clip, no payload address is requested, every control stays clickable', async () => {
		const openExtensionPage = async (path, {width, height}) => {
			const page = await browser.context.newPage();
			await page.setViewportSize({width, height});
			await page.goto(browser.extensionUrl(path));
			return page;
		};
		const openTab = async url => {
			const tab = await browser.context.newPage();
			await tab.goto(url);
			return tab;
		};
		const control = await openExtensionPage('popup.html', {width: 400, height: 600});
		console.log(`# S5 chromium: ${await rendersCssPayloadsInertly({browserName: 'chromium', site, control, openTab, openExtensionPage})}`);
	});
});

describe('S5 in Firefox: CSS payloads', () => {
	let firefox;
	let site;
	before(async () => {
		site = await serveRoutes();
		firefox = await launchFirefox(dist('firefox-test'));
	});
	after(async () => {
		await firefox?.close();
		await site?.close();
	});

	test('no CSS reaches a rendered clip, no payload address is requested, every control stays clickable', async () => {
		const openExtensionPage = async (path, {width, height}) => {
			const page = await firefox.openExtensionPage(path, 'body *');
			await page.setViewport({width, height});
			return page;
		};
		const openTab = async url => {
			const tab = await firefox.browser.newPage();
			await tab.goto(url);
			return tab;
		};
		const control = await firefox.openExtensionPage('popup.html', '[data-testid=empty]');
		console.log(`# S5 firefox: ${await rendersCssPayloadsInertly({browserName: 'firefox', site, control, openTab, openExtensionPage})}`);
	});
});
