/**
 * Launches Firefox ESR through puppeteer-core's WebDriver BiDi with one build of the extension installed.
 * Three things make it work (see README, "End-to-end tests"): system access for moz-extension navigation,
 * a pinned extension UUID, and fire-and-forget navigation to extension pages.
 */
import puppeteer from 'puppeteer-core';
import {randomUUID} from 'node:crypto';
import {FIREFOX} from './paths.mjs';

export const GECKO_ID = 'govclip@example.org';

/** `prefs` are extra Firefox preferences, e.g. a dark colour scheme for the whole browser. */
export async function launchFirefox(extensionPath, {prefs = {}} = {}) {
	const uuid = randomUUID();
	const browser = await puppeteer.launch({
		browser: 'firefox',
		executablePath: FIREFOX,
		headless: true,
		args: ['--remote-allow-system-access'], // without it BiDi refuses to navigate to moz-extension:// pages
		extraPrefsFirefox: {'extensions.webextensions.uuids': JSON.stringify({[GECKO_ID]: uuid}), ...prefs},
	});
	await browser.installExtension(extensionPath);
	const extensionUrl = path => `moz-extension://${uuid}/${path}`;
	return {
		browser,
		extensionUrl,
		/** puppeteer's goto never resolves for moz-extension pages: navigate, then wait for the page's own content. */
		async openExtensionPage(path, readySelector) {
			const page = await browser.newPage();
			await page.goto('about:blank');
			for (let attempt = 0; attempt < 3; attempt++) {
				page.goto(extensionUrl(path), {timeout: 0}).catch(() => undefined);
				try {
					await page.waitForSelector(readySelector, {timeout: 15_000});
					return page;
				} catch (error) {
					if (attempt === 2) {
						throw error;
					}
				}
			}
			return page;
		},
		close: () => browser.close(),
	};
}
