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
		/**
		 * Stops the extension's background page (an MV3 event page) the way about:debugging's "Terminate background
		 * script" does: Extension.terminateBackground, reached through BiDi in the browser's own scope. The next event
		 * (a message) starts it again.
		 */
		terminateBackground: () => evaluateInBrowserScope(browser, `WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.terminateBackground({ignoreDevToolsAttached: true}).then(() => true)`),
		close: () => browser.close(),
	};
}

/**
 * Evaluates `expression` in the browser window's own (chrome) scope over WebDriver BiDi: a Firefox extension to the
 * protocol ("moz:scope": "chrome") that needs --remote-allow-system-access, as set in launchFirefox.
 */
async function evaluateInBrowserScope(browser, expression) {
	const {result: {contexts: [window]}} = await browser.connection.send('browsingContext.getTree', {'moz:scope': 'chrome', maxDepth: 0});
	const {result} = await browser.connection.send('script.evaluate', {expression, target: {context: window.context}, awaitPromise: true});
	if (result.type !== 'success') {
		throw new Error(`In the browser's scope: ${result.exceptionDetails?.text ?? JSON.stringify(result)}`);
	}
	return result.result.value;
}
