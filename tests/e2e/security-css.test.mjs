// S5 in Chromium and Firefox: ten CSS payloads (tracking beacons, fixed overlays) clipped by the real extension and
// rendered in the library reader, the print page and the popup: no CSS in the rendered article, no request to the
// payloads' addresses, every control of GovClip's pages clickable (hit-tested).
import {after, before, describe, test} from 'node:test';
import {launchChromium} from './lib/chromium.mjs';
import {launchFirefox} from './lib/firefox.mjs';
import {dist} from './lib/paths.mjs';
import {serveRoutes} from './lib/route-server.mjs';
import {chromiumPages, firefoxPages} from './lib/browser-pages.mjs';
import {rendersCssPayloadsInertly} from './lib/css-checks.mjs';

for (const {browserName, launch, pages} of [
	{browserName: 'chromium', launch: () => launchChromium(dist('chrome-test')), pages: chromiumPages},
	{browserName: 'firefox', launch: () => launchFirefox(dist('firefox-test')), pages: firefoxPages},
]) {
	describe(`S5 in ${browserName}: CSS payloads`, () => {
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

		test('no CSS reaches a rendered clip, no payload address is requested, every control stays clickable', async () => {
			const {openExtensionPage, openTab} = pages(browser);
			const control = await openExtensionPage('popup.html');
			console.log(`# S5 ${browserName}: ${await rendersCssPayloadsInertly({browserName, site, control, openTab, openExtensionPage})}`);
		});
	});
}
