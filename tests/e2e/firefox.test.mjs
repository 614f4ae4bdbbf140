// End to end in Firefox ESR (WebDriver BiDi): the built extension clips the demo site, lists the clip, prints it to PDF.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {launchFirefox} from './lib/firefox.mjs';
import {dist, RESULTS} from './lib/paths.mjs';
import {pdfText, pdfToPngs} from './lib/pdf.mjs';
import {axeViolations} from './lib/axe.mjs';
import {storedClipIds} from './lib/library-db.mjs';
import {serveFixtures} from '../../tools/fixture-server.mjs';

const ARTICLE = '/news/flood-defence-funding.html';

let site;
before(async () => {
	site = await serveFixtures();
});
after(async () => {
	await site?.close();
});

describe('Firefox, test build (host access to 127.0.0.1)', () => {
	let firefox;
	before(async () => {
		firefox = await launchFirefox(dist('firefox-test'));
	});
	after(async () => {
		await firefox?.close();
	});

	async function openPopupFor(path) {
		const page = await firefox.browser.newPage();
		await page.goto(`${site.url}${path}`);
		const probe = await firefox.openExtensionPage('popup.html', '[data-testid=clip], [data-testid=empty]');
		// Firefox match patterns carry no port: match the URL exactly instead.
		const tabId = await probe.evaluate(async url => (await browser.tabs.query({})).find(tab => tab.url === url)?.id, `${site.url}${path}`);
		await probe.close();
		assert.ok(Number.isInteger(tabId), `found the tab for ${path}`);
		const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid=clip], [data-testid=empty]');
		await popup.setViewport({width: 400, height: 600});
		return popup;
	}

	async function statusAfterClip(popup) {
		await popup.click('button.primary');
		const status = await popup.waitForSelector('[data-testid=saved], [data-testid=error]', {timeout: 20_000});
		return status.evaluate(element => element.innerText);
	}

	test('clips a press release, lists it, and prints it to a PDF', async () => {
		const popup = await openPopupFor(ARTICLE);
		assert.match(await statusAfterClip(popup), /^Saved: £40 million for community flood defences/);
		await popup.waitForSelector('[data-testid=clip]');
		const rows = await popup.$$eval('[data-testid=clip]', elements => elements.map(element => element.innerText));
		assert.equal(rows.length, 1);
		assert.match(rows[0], /Department for Environment, Food and Rural Affairs[\s\S]*12 March 2026/);
		await popup.screenshot({path: `${RESULTS}/firefox-popup.png`});
		assert.deepEqual(await axeViolations(popup), [], 'popup accessibility');

		const [id] = await popup.evaluate(storedClipIds);
		const print = await firefox.openExtensionPage(`print.html?id=${id}`, '#app[data-ready=true]');
		const file = `${RESULTS}/firefox-print.pdf`;
		await writeFile(file, await print.pdf({format: 'A4', printBackground: true}));
		pdfToPngs(file, `${RESULTS}/firefox-print-page`, {pages: 1});
		const text = pdfText(file);
		for (const expected of ['£40 million for community flood defences', 'Published 12 March 2026', 'Twelve communities across Cumbria', 'newsdesk@defra.example.gov.uk']) {
			assert.ok(text.includes(expected), `PDF text lacks "${expected}"`);
		}
	});

	test('the popup searches as you type, with search code it loads after its first list', async () => {
		const popup = await firefox.openExtensionPage('popup.html', 'input[type=search]');
		// Typed as soon as the box is there, maybe before popup-search.js has loaded: no keystroke may be lost.
		await popup.type('input[type=search]', 'embankments');
		const row = await popup.waitForSelector('[data-testid=clip] .clip-snippet mark');
		assert.equal((await row.evaluate(element => element.textContent)).toLowerCase(), 'embankments');
		assert.equal(await popup.$eval('input[type=search]', element => element.value), 'embankments');
		assert.match(await popup.$eval('[data-testid=clip]', element => element.innerText), /£40 million for community flood defences/);
		await popup.click('input[type=search]', {count: 3});
		await popup.type('input[type=search]', 'zebra crossings');
		await popup.waitForSelector('[data-testid=empty]');
		assert.equal(await popup.$eval('[data-testid=empty]', element => element.textContent), 'No clips match this search.');
		await popup.close();
	});

	test('the library lists the clip and opens it in the reader', async () => {
		const library = await firefox.openExtensionPage('library.html', '[data-testid=clip]');
		await library.setViewport({width: 1280, height: 860});
		await library.click('.result-title');
		await library.waitForSelector('#reader-title');
		assert.match(await library.$eval('#reader-title', element => element.textContent), /£40 million for community flood defences/);
		assert.ok(await library.$('aside a[href="mailto:newsdesk@defra.example.gov.uk"]'), 'the contact is in the side panel');
		await library.waitForSelector('[data-testid=storage]');
		assert.match(await library.$eval('[data-testid=storage]', element => element.textContent), /Kept safe from browser clean-up/);
		await library.screenshot({path: `${RESULTS}/firefox-library.png`});
		assert.deepEqual(await axeViolations(library), [], 'library accessibility');
		// Ranked search over the persistent index in Firefox's IndexedDB.
		await library.type('input[type=search]', 'embankments');
		await library.waitForFunction(() => document.querySelector('.snippet mark')?.textContent?.toLowerCase() === 'embankments');
		await library.click('input[type=search]', {count: 3});
		await library.type('input[type=search]', 'zebra crossings');
		await library.waitForSelector('[data-testid=empty]');
	});

	test('a clip deleted in the library does not linger in the popup', async () => {
		const remembered = page => page.evaluate(() => Object.keys(localStorage).map(key => localStorage.getItem(key)).join('\n'));
		const status = (page, text) => page.waitForFunction(words => [...document.querySelectorAll('[role=status]')].some(element => element.textContent.includes(words)), {}, text);
		// A popup that reads the clip leaves it as the next popup's remembered first list.
		const before = await firefox.openExtensionPage('popup.html', 'ul.clip-list:not([aria-busy]) [data-testid=clip]');
		await before.close();
		const library = await firefox.openExtensionPage('library.html', '[data-testid=clip]');
		await library.click('.result-title');
		await library.waitForSelector('#reader-title');
		await library.evaluate(() => [...document.querySelectorAll('.reader-actions button')].find(button => button.textContent === 'Delete').click());
		await status(library, 'Deleted 1 clip.');
		assert.match(await remembered(library), /£40 million/, 'the remembered list, written by the popup only, still names the deleted clip');

		// The next popup may paint the remembered row for a moment; the list it reads from the database replaces it.
		const popup = await firefox.openExtensionPage('popup.html', 'ul.clip-list:not([aria-busy]), [data-testid=empty]');
		assert.equal(await popup.$$eval('[data-testid=clip]', rows => rows.length), 0);
		assert.doesNotMatch(await remembered(popup), /£40 million/, 'the remembered list has been corrected');
		await popup.close();

		await library.evaluate(() => [...document.querySelectorAll('button')].find(button => button.textContent === 'Undo').click());
		await status(library, 'Restored 1 clip.');
		await library.close();
	});

	test('a listing page gets a reason in words and nothing is saved', async () => {
		const popup = await openPopupFor('/');
		assert.match(await statusAfterClip(popup), /^This is a home page, not an article./);
		assert.equal(await popup.$$eval('[data-testid=clip]', elements => elements.length), 1, 'still only the first clip');
	});
});

describe('Firefox, shipped build (no host permission)', () => {
	let firefox;
	before(async () => {
		firefox = await launchFirefox(dist('firefox'));
	});
	after(async () => {
		await firefox?.close();
	});

	test('without a toolbar click the page cannot be read, and the popup says so in words', async () => {
		const page = await firefox.browser.newPage();
		await page.goto(`${site.url}${ARTICLE}`);
		const probe = await firefox.openExtensionPage('popup.html', '[data-testid=empty]');
		// Without host permission tabs.query cannot match by URL: take the newest http tab.
		const tabId = await probe.evaluate(async () => {
			const tabs = await browser.tabs.query({});
			return tabs.filter(tab => !tab.url || tab.url.startsWith('http')).sort((a, b) => b.id - a.id)[0]?.id;
		});
		await probe.close();
		const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid=empty]');
		await popup.click('button.primary');
		const error = await popup.waitForSelector('[data-testid=error]', {timeout: 20_000});
		assert.match(await error.evaluate(element => element.innerText), /not given access to this page|cannot read this page/);
		assert.equal(await popup.$$eval('[data-testid=clip]', elements => elements.length), 0);
	});
});
