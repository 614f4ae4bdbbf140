// R8 in Chromium and Firefox: a newer release upgrades GovClip's database while the running one's library page and
// background hold connections: the upgrade is not blocked, and the old page's later writes are stored.
import {after, before, describe, test} from 'node:test';
import {launchChromium} from './lib/chromium.mjs';
import {launchFirefox} from './lib/firefox.mjs';
import {dist} from './lib/paths.mjs';
import {serveRoutes} from './lib/route-server.mjs';
import {upgradesWithOldPageOpen} from './lib/upgrade-checks.mjs';

describe('R8 in Chromium: upgrade with an old page open', () => {
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

	test('the upgrade completes within 5 s and the open library\'s later edit is stored', async () => {
		const openExtensionPage = async path => {
			const page = await browser.context.newPage();
			await page.goto(browser.extensionUrl(path));
			return page;
		};
		const openTab = async url => {
			const tab = await browser.context.newPage();
			await tab.goto(url);
			return tab;
		};
		const control = await openExtensionPage('popup.html');
		console.log(`# R8 chromium: ${await upgradesWithOldPageOpen({site, control, openTab, openExtensionPage})}`);
	});
});

describe('R8 in Firefox: upgrade with an old page open', () => {
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

	test('the upgrade completes within 5 s and the open library\'s later edit is stored', async () => {
		const openExtensionPage = path => firefox.openExtensionPage(path, 'body *');
		const openTab = async url => {
			const tab = await firefox.browser.newPage();
			await tab.goto(url);
			return tab;
		};
		const control = await firefox.openExtensionPage('popup.html', '[data-testid=empty]');
		console.log(`# R8 firefox: ${await upgradesWithOldPageOpen({site, control, openTab, openExtensionPage})}`);
	});
});
