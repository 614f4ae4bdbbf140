// S1 in Firefox ESR (WebDriver BiDi): the same hostile pages as in Chromium, clipped by the real extension and
// rendered in the popup, the library reader, the print page and the exported HTML. Oracle: no alert/console hook fired,
// no CSP script violation, no request to another origin, no executable construct in what was stored.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {launchFirefox} from './lib/firefox.mjs';
import {dist, RESULTS} from './lib/paths.mjs';
import {serveRoutes} from './lib/route-server.mjs';
import {buildXssPages, containmentProbes, loadPayloads, probeContainment} from './lib/xss-site.mjs';
import {installExecutionHooks, judgeRenders, judgeStoredClips} from './lib/xss-oracle.mjs';

const payloads = loadPayloads();
const PAGE_CSP = "default-src 'self'; script-src 'none'";

describe('S1 in Firefox: hostile pages through the real extension', {skip: payloads ? false : 'no ../shared/data/xss (the payload set lives outside the repository)'}, () => {
	let firefox;
	let site;
	let pages;
	const requests = [];
	const rendered = [];
	const clipped = [];

	/** A page with the hooks installed before its scripts run (preload script) and its requests recorded. */
	async function hookedPage(label) {
		const page = await firefox.browser.newPage();
		await page.evaluateOnNewDocument(installExecutionHooks);
		page.on('request', request => requests.push({url: request.url(), from: label}));
		return page;
	}

	/**
	 * puppeteer's goto never resolves for moz-extension pages: navigate, then wait for the page's own content.
	 * BiDi preload scripts do not run in moz-extension pages, so the hooks go in once the page is there, and the page
	 * then renders again from scratch with them in place: a fresh #app and a fresh instance of its module.
	 */
	async function openExtensionPage(path, readySelector) {
		const page = await hookedPage(path);
		await page.goto('about:blank');
		for (let attempt = 0; ; attempt++) {
			page.goto(firefox.extensionUrl(path), {timeout: 0}).catch(() => undefined);
			try {
				await page.waitForSelector(readySelector, {timeout: 20_000});
				break;
			} catch (error) {
				if (attempt === 2) throw error;
			}
		}
		await page.evaluate(installExecutionHooks);
		await page.evaluate(async script => {
			const fresh = document.createElement('div');
			fresh.id = 'app';
			document.getElementById('app').replaceWith(fresh);
			await import(`./${script}.js?render=hooked`);
		}, path.replace(/\.html.*/, ''));
		await page.waitForSelector(readySelector, {timeout: 20_000});
		rendered.push({path, page});
		return page;
	}

	before(async () => {
		firefox = await launchFirefox(dist('firefox-test'));
		const probe = await firefox.browser.newPage();
		const probes = containmentProbes(payloads);
		pages = buildXssPages(payloads, probes, await probe.evaluate(probeContainment, probes.map(p => p.html)));
		await probe.close();
		site = await serveRoutes();
		for (const page of pages) {
			site.set(page.path, {type: 'text/html; charset=utf-8', body: page.html, headers: {'content-security-policy': PAGE_CSP}});
		}
	});
	after(async () => {
		await firefox?.close();
		await site?.close();
	});

	test(`clips ${payloads?.length} payloads × 4 templates and stores no executable construct`, async () => {
		const control = await openExtensionPage('popup.html', '[data-testid=empty]');
		for (const hostile of pages) {
			const tab = await firefox.browser.newPage();
			await tab.goto(`${site.url}${hostile.path}`);
			const tabId = await control.evaluate(async url => (await browser.tabs.query({})).find(tab => tab.url === url)?.id, `${site.url}${hostile.path}`);
			const reply = await control.evaluate(tabId => browser.runtime.sendMessage({to: 'background', type: 'clipTab', payload: {tabId}}), tabId);
			assert.equal(reply.ok, true, `${hostile.path}: ${JSON.stringify(reply.error)}`);
			clipped.push({...hostile, id: reply.value.id, title: reply.value.title});
			await tab.close();
		}
		console.log(`# S1 firefox: ${payloads.length} payloads, ${await judgeStoredClips(control, pages)}`);
	});

	test('renders every clip in the popup, the library reader, the print page and the exported HTML without running anything', async () => {
		assert.equal(clipped.length, pages.length, 'the clipping test ran');
		await openExtensionPage('popup.html', '[data-testid=clip]');

		const library = await openExtensionPage('library.html', '[data-testid=clip]');
		await library.waitForFunction(count => document.querySelectorAll('[data-testid=clip]').length === count, {}, clipped.length);
		let readerRenders = 0;
		for (const clip of clipped) {
			await library.evaluate(title => [...document.querySelectorAll('.result-title')].find(button => button.textContent === title).click(), clip.title);
			await library.waitForFunction(title => document.querySelector('#reader-title')?.textContent === title
				&& document.querySelector('.article-body')?.childElementCount > 0, {}, clip.title);
			readerRenders += clip.indexes.length;
		}

		await openExtensionPage(`print.html?ids=${clipped.map(clip => clip.id).join(',')}`, '#app[data-ready=true]');

		// The exported HTML: select all, export as HTML; the file is read from the Blob the download link points at.
		const exporter = await openExtensionPage('library.html', '[data-testid=clip]');
		await exporter.waitForFunction(count => document.querySelectorAll('[data-testid=clip]').length === count, {}, clipped.length);
		await exporter.evaluate(() => {
			globalThis.__gcDownload = new Promise(resolve => {
				HTMLAnchorElement.prototype.click = function () {
					fetch(this.href).then(response => response.text()).then(text => resolve({name: this.download, text}));
				};
			});
			for (const box of document.querySelectorAll('.result input[type=checkbox]')) box.click();
		});
		await exporter.waitForSelector('.bulk-bar select');
		await exporter.select('.bulk-bar select', 'html');
		await exporter.click('.bulk-bar .export-menu button');
		const {name, text: exported} = await exporter.evaluate(() => globalThis.__gcDownload);
		assert.match(name, /\.html$/);
		await writeFile(`${RESULTS}/s1-firefox-export.html`, exported);
		assert.match(exported, /<meta http-equiv="Content-Security-Policy"/i, 'the export carries its own CSP');
		site.set('/export.html', {type: 'text/html; charset=utf-8', body: exported});
		const exportPage = await hookedPage('export.html');
		await exportPage.goto(`${site.url}/export.html`, {waitUntil: 'load'});
		rendered.push({path: 'export.html', page: exportPage});
		await new Promise(resolve => setTimeout(resolve, 500));

		const placed = clipped.reduce((sum, clip) => sum + clip.indexes.length, 0);
		const renders = placed * 3;
		const found = await judgeRenders({browserName: 'firefox', rendered, requests, allowed: [site.origin], extra: {renders}});
		console.log(`# S1 firefox: ${renders} payload renders (reader ${readerRenders}, print ${placed}, export ${placed}), ${found.executions} executions, ${found.scriptViolations} CSP script violations (${found.violations} of any kind), ${found.offsite} other-origin requests of ${requests.length} made by extension pages and the export`);
	});
});
