// End to end in Debian's Chromium: the built extension clips the demo site, lists the clip, prints it to PDF.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {readFile, writeFile} from 'node:fs/promises';
import {launchChromium} from './lib/chromium.mjs';
import {attachToTarget, waitForTarget} from './lib/cdp-target.mjs';
import {dist, RESULTS} from './lib/paths.mjs';
import {pdfPages, pdfText, pdfToPngs} from './lib/pdf.mjs';
import {axeViolations} from './lib/axe.mjs';
import {storedClipIds} from './lib/library-db.mjs';
import {serveFixtures} from '../../tools/fixture-server.mjs';

const ARTICLE = '/news/flood-defence-funding.html';
const TITLE = '£40 million for community flood defences in the North West';

let site;
before(async () => {
	site = await serveFixtures();
});
after(async () => {
	await site?.close();
});

describe('Chromium, test build (host access to 127.0.0.1)', () => {
	let browser;
	before(async () => {
		browser = await launchChromium(dist('chrome-test'));
	});
	after(async () => {
		await browser?.close();
	});

	/** Opens popup.html as a page aimed at the tab showing `path`, the way the toolbar popup would be. */
	async function openPopupFor(path) {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}${path}`);
		const popup = await browser.context.newPage();
		await popup.setViewportSize({width: 400, height: 600});
		await popup.goto(browser.extensionUrl('popup.html'));
		const [tab] = await popup.evaluate(url => chrome.tabs.query({url}), `${site.url}${path}`);
		await popup.goto(browser.extensionUrl(`popup.html?tab=${tab.id}`));
		await popup.waitForSelector('[data-testid=clip], [data-testid=empty]');
		return {page, popup};
	}

	/** Clicks "Clip this page" and returns what the popup then says, success or failure. */
	async function clipAndRead(popup) {
		await popup.getByRole('button', {name: /Clip this page/}).click();
		const status = popup.locator('[data-testid=saved], [data-testid=error]');
		await status.waitFor();
		return status.innerText();
	}

	async function clipCount(popup) {
		return (await popup.evaluate(storedClipIds)).length;
	}

	test('clips a press release, lists it, and prints it to a PDF with header, text, contacts and links', async () => {
		const {popup} = await openPopupFor(ARTICLE);
		assert.match(await clipAndRead(popup), /^Saved: £40 million for community flood defences/);
		await popup.getByTestId('clip').first().waitFor();
		assert.equal(await popup.getByTestId('clip').count(), 1);
		assert.match(await popup.getByTestId('clip').first().innerText(), /Department for Environment, Food and Rural Affairs[\s\S]*12 March 2026/);
		await popup.screenshot({path: `${RESULTS}/chromium-popup.png`});
		assert.deepEqual(await axeViolations(popup), [], 'popup accessibility');
		await popup.emulateMedia({colorScheme: 'dark'});
		await popup.screenshot({path: `${RESULTS}/chromium-popup-dark.png`});
		assert.deepEqual(await axeViolations(popup), [], 'popup accessibility, dark');
		await popup.emulateMedia({colorScheme: 'light'});

		const [print] = await Promise.all([
			browser.context.waitForEvent('page'),
			popup.getByRole('button', {name: `Print “${TITLE}”`}).click(),
		]);
		await print.waitForSelector('#app[data-ready=true]');
		assert.equal(await print.title(), TITLE);
		await print.screenshot({path: `${RESULTS}/chromium-print.png`, fullPage: true});
		const file = `${RESULTS}/chromium-print.pdf`;
		await writeFile(file, await print.pdf({format: 'A4', printBackground: true}));
		pdfToPngs(file, `${RESULTS}/chromium-print-page`);
		const text = pdfText(file);
		assert.ok(pdfPages(file) >= 1);
		for (const expected of [
			TITLE,
			'DEPARTMENT FOR ENVIRONMENT, FOOD AND RURAL AFFAIRS', // the header's kicker is set in capitals
			'Published 12 March 2026',
			'https://www.gov.uk/government/news/40-million-for-community-flood-defences-in-the-north-west',
			'Twelve communities across Cumbria and Lancashire will be better protected',
			'Appleby-in-Westmorland', // inside the table
			'The Environment Agency will publish progress reports every six months',
			'newsdesk@defra.example.gov.uk',
		]) {
			assert.ok(text.includes(expected), `PDF text lacks "${expected}"`);
		}
		assert.ok(!text.includes('Print / Save as PDF'), 'the toolbar is not printed');
		assert.ok(!/Share on Facebook|Accept additional cookies|Is this page useful/.test(text), 'boilerplate stays out of the print');
	});

	test('the popup searches as you type, with search code it loads after its first list', async () => {
		const popup = await browser.context.newPage();
		await popup.setViewportSize({width: 400, height: 600});
		await popup.goto(browser.extensionUrl('popup.html'));
		// Typed as soon as the box is there, maybe before popup-search.js has loaded: no keystroke may be lost.
		const search = popup.getByRole('searchbox', {name: 'Search your clips'});
		await search.pressSequentially('embankments');
		await popup.getByRole('heading', {name: 'Results'}).waitFor();
		const row = popup.getByTestId('clip').filter({hasText: TITLE});
		await row.waitFor();
		assert.equal(await search.inputValue(), 'embankments');
		assert.equal((await row.locator('.clip-snippet mark').first().innerText()).toLowerCase(), 'embankments');
		assert.deepEqual(await axeViolations(popup), [], 'popup search results');
		await search.fill('zebra crossings');
		assert.equal(await popup.getByTestId('empty').innerText(), 'No clips match this search.');
		await search.fill('');
		await popup.getByRole('heading', {name: 'Recent clips'}).waitFor();
		await row.waitFor();
		await popup.close();
	});

	test('clipping the same page again says it is already clipped and saves no duplicate', async () => {
		const {popup} = await openPopupFor(ARTICLE);
		assert.match(await clipAndRead(popup), /Already clipped on/);
		assert.equal(await clipCount(popup), 1);
	});

	test('the library lists clips, reads one with its contacts, tags it, and deletes with undo', async () => {
		const {popup: second} = await openPopupFor('/news/digital-services-mou.html');
		assert.match(await clipAndRead(second), /^Saved: UK and Singapore sign agreement/);
		const library = await browser.context.newPage();
		await library.setViewportSize({width: 1280, height: 860});
		await library.goto(browser.extensionUrl('library.html'));
		await library.getByTestId('clip').nth(1).waitFor();
		assert.equal(await library.getByTestId('clip').count(), 2);
		// The build holds unlimitedStorage, which Chromium never evicts, though persisted() says false there.
		assert.match(await library.getByTestId('storage').innerText(), /Kept safe from browser clean-up/);
		// Ranked search over the persistent index: a word from the body, marked in the snippet; then a filter.
		const search = library.getByRole('searchbox', {name: 'Search clips'});
		await search.fill('embankments');
		await library.locator('.result-count').filter({hasText: /^1 clip$/}).waitFor();
		assert.match(await library.getByTestId('clip').first().innerText(), /£40 million/);
		assert.equal((await library.locator('.snippet mark').first().innerText()).toLowerCase(), 'embankments');
		await search.fill('dept:"Foreign and Commonwealth Office"');
		// The count reads "1 clip" before and after: wait for the other clip to replace the first.
		await library.getByTestId('clip').filter({hasText: 'UK and Singapore'}).waitFor();
		assert.equal(await library.getByTestId('clip').count(), 1);
		await search.fill('');
		await library.getByTestId('clip').nth(1).waitFor();
		await library.getByRole('button', {name: TITLE}).click();
		await library.getByRole('heading', {level: 1, name: TITLE}).waitFor();
		assert.ok(await library.getByRole('complementary', {name: 'About this clip'}).getByRole('link', {name: 'newsdesk@defra.example.gov.uk'}).isVisible());
		await library.getByRole('textbox', {name: 'Add a tag'}).fill('flooding');
		await library.keyboard.press('Enter');
		await library.getByRole('button', {name: 'Remove tag flooding'}).waitFor();
		await library.screenshot({path: `${RESULTS}/chromium-library.png`});
		assert.deepEqual(await axeViolations(library), [], 'library accessibility');
		await library.emulateMedia({colorScheme: 'dark'});
		await library.screenshot({path: `${RESULTS}/chromium-library-dark.png`});
		assert.deepEqual(await axeViolations(library), [], 'library accessibility, dark');
		await library.emulateMedia({colorScheme: 'light'});

		await library.locator('.reader-actions').getByRole('button', {name: 'Delete'}).click();
		await library.getByRole('status').filter({hasText: 'Deleted 1 clip.'}).waitFor();
		await library.getByTestId('clip').nth(1).waitFor({state: 'detached'});
		assert.equal(await library.getByTestId('clip').count(), 1);
		await library.getByRole('button', {name: 'Undo'}).click();
		await library.getByRole('status').filter({hasText: 'Restored 1 clip.'}).waitFor();
		await library.getByTestId('clip').nth(1).waitFor();
		await library.getByRole('button', {name: TITLE}).click();
		await library.getByRole('button', {name: 'Remove tag flooding'}).waitFor(); // the tag came back with the clip
	});

	test('a clip deleted in the library does not linger in the popup, nor open from its remembered row', async () => {
		// A popup that reads both clips leaves them as the next popup's remembered first list.
		const before = await browser.context.newPage();
		await before.goto(browser.extensionUrl('popup.html'));
		await before.locator('ul.clip-list:not([aria-busy])').getByTestId('clip').nth(1).waitFor();
		await before.close();

		const library = await browser.context.newPage();
		await library.goto(browser.extensionUrl('library.html'));
		await library.getByRole('button', {name: TITLE}).click();
		await library.getByRole('heading', {level: 1, name: TITLE}).waitFor();
		const [deletedId] = await library.evaluate(async title => {
			const open = indexedDB.open('govclip');
			const db = await new Promise(resolve => {
				open.onsuccess = () => resolve(open.result);
			});
			const rows = await new Promise(resolve => {
				const all = db.transaction('clips').objectStore('clips').getAll();
				all.onsuccess = () => resolve(all.result);
			});
			db.close();
			return rows.filter(row => row.title === title).map(row => row.id);
		}, TITLE);
		assert.ok(Number.isInteger(deletedId));
		await library.locator('.reader-actions').getByRole('button', {name: 'Delete'}).click();
		await library.getByRole('status').filter({hasText: 'Deleted 1 clip.'}).waitFor();
		const rememberedBefore = await library.evaluate(() => Object.keys(localStorage).map(key => localStorage.getItem(key)).join('\n'));
		assert.ok(rememberedBefore.includes(TITLE), 'the remembered list, written by the popup only, still names the deleted clip');

		// The next popup may paint the remembered row for a moment: pressed then, it opens nothing.
		const popup = await browser.context.newPage();
		await popup.goto(browser.extensionUrl('popup.html'), {waitUntil: 'commit'});
		await popup.waitForSelector('[data-testid=clip], [data-testid=empty]');
		await popup.evaluate(title => [...document.querySelectorAll('.clip-title')].find(row => row.textContent === title)?.click(), TITLE);
		await popup.locator('ul.clip-list:not([aria-busy])').waitFor();
		assert.deepEqual(await popup.getByTestId('clip').allInnerTexts().then(rows => rows.filter(row => row.includes(TITLE))), []);
		assert.equal(await popup.getByTestId('clip').count(), 1);
		const remembered = await popup.evaluate(() => Object.keys(localStorage).map(key => localStorage.getItem(key)).join('\n'));
		assert.ok(!remembered.includes(TITLE), 'the remembered list has been corrected');
		await popup.waitForTimeout(300);
		assert.ok(!browser.context.pages().some(page => page.url().includes(`library.html?id=${deletedId}`)), 'the deleted clip was not opened');
		await popup.close();

		await library.getByRole('button', {name: 'Undo'}).click();
		await library.getByRole('status').filter({hasText: 'Restored 1 clip.'}).waitFor();
		await library.close();
	});

	test('two clips print as a briefing pack: cover, one page per item, contacts appendix', async () => {
		const page = await browser.context.newPage();
		await page.goto(browser.extensionUrl('library.html'));
		await page.getByTestId('clip').nth(1).waitFor();
		const ids = await page.evaluate(storedClipIds);
		await page.goto(browser.extensionUrl(`print.html?ids=${ids.join(',')}`));
		await page.waitForSelector('#app[data-ready=true]');
		const file = `${RESULTS}/chromium-briefing-pack.pdf`;
		await writeFile(file, await page.pdf({format: 'Letter', printBackground: true}));
		pdfToPngs(file, `${RESULTS}/chromium-briefing-pack-page`, {pages: 4});
		const text = pdfText(file);
		assert.ok(pdfPages(file) >= 4, 'cover, two items and the appendix each start a page');
		const order = ['Government news briefing', 'Contents', TITLE, 'UK and Singapore sign agreement', 'Contacts appendix'].map(part => text.indexOf(part));
		assert.ok(order.every(index => index >= 0), `pack text has every part: ${order}`);
		assert.deepEqual([...order].sort((a, b) => a - b), order, 'in order');
	});

	test('the library backs up to a file, refuses a corrupt one, and re-imports without duplicates', async () => {
		const library = await browser.context.newPage();
		await library.goto(browser.extensionUrl('library.html'));
		await library.getByTestId('clip').nth(1).waitFor();
		const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', {name: 'Back up library'}).click()]);
		const backupFile = `${RESULTS}/chromium-library-backup.json`;
		await download.saveAs(backupFile);
		const backup = JSON.parse(await readFile(backupFile, 'utf8'));
		assert.equal(backup.format, 'govclip-library');
		assert.equal(backup.clips.length, 2);

		const corrupt = `${RESULTS}/not-a-backup.json`;
		await writeFile(corrupt, '{"clips": "nope"');
		await library.getByLabel('Backup file to import').setInputFiles(corrupt);
		await library.getByRole('status').filter({hasText: 'is not a GovClip backup'}).waitFor();
		await library.getByLabel('Backup file to import').setInputFiles(backupFile);
		await library.getByRole('status').filter({hasText: '0 added, 0 updated, 2 already in the library'}).waitFor();
		assert.equal(await library.getByTestId('clip').count(), 2);
	});

	test('a listing page, a PDF and a browser page each get a reason in words and save nothing', async () => {
		const cases = [
			{path: '/', message: /^This is a home page, not an article. Open the news item itself/},
			{path: '/news/programme.pdf', message: /not a web page/},
		];
		for (const {path, message} of cases) {
			const {popup} = await openPopupFor(path);
			const before = await clipCount(popup);
			assert.match(await clipAndRead(popup), message, path);
			assert.equal(await clipCount(popup), before, `${path} saved nothing`);
		}
		// Without the tabs permission a chrome:// tab shows no URL: find it as the tab that appeared when it opened.
		const popup = await browser.context.newPage();
		await popup.goto(browser.extensionUrl('popup.html'));
		const tabIds = () => popup.evaluate(async () => (await chrome.tabs.query({})).map(tab => tab.id));
		const before = new Set(await tabIds());
		const internal = await browser.context.newPage();
		await internal.goto('chrome://version');
		const tab = {id: (await tabIds()).find(id => !before.has(id))};
		await popup.goto(browser.extensionUrl(`popup.html?tab=${tab.id}`));
		assert.match(await clipAndRead(popup), /Browser pages, settings and extension stores cannot be clipped/);
		await popup.screenshot({path: `${RESULTS}/chromium-popup-error.png`});
	});
});

describe('Chromium, shipped build (activeTab only)', () => {
	let browser;
	before(async () => {
		browser = await launchChromium(dist('chrome'));
	});
	after(async () => {
		await browser?.close();
	});

	test('the toolbar button grants activeTab and the real popup clips the page', async () => {
		const url = `${site.url}${ARTICLE}`;
		const page = await browser.context.newPage();
		await page.goto(url);
		const cdp = await browser.context.browser().newBrowserCDPSession();
		const tab = await waitForTarget(cdp, target => target.type === 'tab' && target.url === url);
		// A toolbar click as the browser sees it: grants activeTab for this tab and opens the popup.
		await cdp.send('Extensions.triggerAction', {id: browser.extensionId, targetId: tab.targetId});
		const popupTarget = await waitForTarget(cdp, target => target.url.endsWith('/popup.html'));
		const popup = await attachToTarget(cdp, popupTarget.targetId);
		await popup.waitFor(`document.querySelector('button.primary')`);
		await popup.evaluate(`document.querySelector('button.primary').click()`);
		const status = await popup.waitFor(`document.querySelector('[data-testid=saved], [data-testid=error]')?.innerText`);
		assert.match(status, /^Saved: £40 million/);
		assert.match(await popup.waitFor(`document.querySelector('[data-testid=clip]')?.innerText`), /£40 million/);
	});

	test('without a toolbar click the shipped build has no access to the page', async () => {
		const url = `${site.url}/news/digital-services-mou.html`;
		const page = await browser.context.newPage();
		await page.goto(url);
		const result = await browser.worker.evaluate(async () => {
			const [tab] = await chrome.tabs.query({active: true, lastFocusedWindow: true});
			try {
				await chrome.scripting.executeScript({target: {tabId: tab.id}, files: ['content.js']});
				return 'injected';
			} catch (error) {
				return String(error.message);
			}
		});
		assert.match(result, /Cannot access|permission/i);
	});
});
