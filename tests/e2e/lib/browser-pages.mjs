import {after, before, describe, test} from 'node:test';
import {launchChromium} from './chromium.mjs';
import {launchFirefox} from './firefox.mjs';
import {dist} from './paths.mjs';
import {serveRoutes} from './route-server.mjs';

/**
 * One way to open pages in either browser, for checks written once and run in both: `openExtensionPage(path,
 * viewport?)` opens one of GovClip's pages, `openTab(url)` a web page in a new tab, and `until(page, predicate, arg,
 * what)` polls a page (Playwright's and puppeteer's waitForFunction differ in signature).
 */

/** For a browser from launchChromium (Playwright). */
export function chromiumPages(browser) {
	return {
		async openExtensionPage(path, viewport) {
			const page = await browser.context.newPage();
			if (viewport) {
				await page.setViewportSize(viewport);
			}
			await page.goto(browser.extensionUrl(path));
			return page;
		},
		async openTab(url) {
			const tab = await browser.context.newPage();
			await tab.goto(url);
			return tab;
		},
	};
}

/** For a browser from launchFirefox (puppeteer over WebDriver BiDi). */
export function firefoxPages(firefox) {
	return {
		async openExtensionPage(path, viewport) {
			const page = await firefox.openExtensionPage(path, 'body *');
			if (viewport) {
				await page.setViewport(viewport);
			}
			return page;
		},
		async openTab(url) {
			const tab = await firefox.browser.newPage();
			await tab.goto(url);
			return tab;
		},
	};
}

export async function until(page, predicate, arg, what) {
	for (let waited = 0; waited < 150; waited++) {
		if (await page.evaluate(predicate, arg)) {
			return;
		}
		await new Promise(resolve => setTimeout(resolve, 100));
	}
	throw new Error(`timed out waiting for ${what}`);
}

const BROWSERS = [
	{browserName: 'chromium', launch: () => launchChromium(dist('chrome-test')), pages: chromiumPages},
	{browserName: 'firefox', launch: () => launchFirefox(dist('firefox-test')), pages: firefoxPages},
];

/**
 * One test, run in Chromium and in Firefox (test builds), each with its own browser and route server:
 * `run({browserName, site, control, openExtensionPage, openTab})`, where `control` is an open popup.html page.
 */
export function testInBothBrowsers(suite, name, run) {
	for (const {browserName, launch, pages} of BROWSERS) {
		describe(`${suite} in ${browserName}`, () => {
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
			test(name, async () => {
				const {openExtensionPage, openTab} = pages(browser);
				const control = await openExtensionPage('popup.html');
				await run({browserName, site, control, openExtensionPage, openTab});
			});
		});
	}
}
