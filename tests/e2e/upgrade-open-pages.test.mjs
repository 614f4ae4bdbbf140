// R8 in Chromium and Firefox: a newer release upgrades GovClip's database while the running one's library page and
// background hold connections: the upgrade is not blocked, and the old page's later writes are stored.
import {after, before, describe, test} from 'node:test';
import {launchChromium} from './lib/chromium.mjs';
import {launchFirefox} from './lib/firefox.mjs';
import {dist} from './lib/paths.mjs';
import {serveRoutes} from './lib/route-server.mjs';
import {chromiumPages, firefoxPages} from './lib/browser-pages.mjs';
import {upgradesWithOldPageOpen} from './lib/upgrade-checks.mjs';

for (const {browserName, launch, pages} of [
	{browserName: 'chromium', launch: () => launchChromium(dist('chrome-test')), pages: chromiumPages},
	{browserName: 'firefox', launch: () => launchFirefox(dist('firefox-test')), pages: firefoxPages},
]) {
	describe(`R8 in ${browserName}: upgrade with an old page open`, () => {
		let browser;
		let site;
		before(async () => {
			site = await serveRoutes();
			browser = await launch();
		});
		after(async () => {
			await browser?.close();
			await site?.close();
		});

		test('the upgrade completes within 5 s and the open library\'s later edit is stored', async () => {
			const {openExtensionPage, openTab} = pages(browser);
			const control = await openExtensionPage('popup.html');
			console.log(`# R8 ${browserName}: ${await upgradesWithOldPageOpen({site, control, openTab, openExtensionPage})}`);
		});
	});
}
