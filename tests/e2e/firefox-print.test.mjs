// End to end in Firefox ESR (WebDriver BiDi): a three-clip briefing pack printed to PDF, its links as numbered notes,
// and the paper switch, checked in the PDF's text and page size; the pages are left as PNGs in test-results/.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {launchFirefox} from './lib/firefox.mjs';
import {dist, RESULTS} from './lib/paths.mjs';
import {pdfPages, pdfText, pdfToPngs} from './lib/pdf.mjs';
import {pdfPageTexts, pdfPaper} from './lib/pdf-pages.mjs';
import {axeViolations} from './lib/axe.mjs';
import {serveFixtures} from '../../tools/fixture-server.mjs';

const FERRIES = {path: '/news/ferry-crossings-fund.html', title: '£12 million to keep island and estuary ferry crossings running'};
const FLOODS = {path: '/news/flood-defence-funding.html', title: '£40 million for community flood defences in the North West'};
const MOU = {path: '/news/digital-services-mou.html', title: 'UK and Singapore sign agreement on digital government services'};
const GUIDANCE = '/government/publications/small-ferries-fund-bidding-guidance-for-operators-and-local-transport-authorities-2026-to-2027';

/** Where each part is found, each searched after the one before: -1 for a part missing or out of order. */
function positionsInOrder(text, parts) {
	let from = 0;
	return parts.map(part => {
		const index = from < 0 ? -1 : text.indexOf(part, from);
		from = index < 0 ? -1 : index + part.length;
		return index;
	});
}

const storedClips = () => new Promise((resolve, reject) => {
	const request = indexedDB.open('govclip');
	request.onerror = () => reject(request.error);
	request.onsuccess = () => {
		const rows = request.result.transaction('clips').objectStore('clips').getAll();
		rows.onsuccess = () => resolve(rows.result.map(({id, title}) => ({id, title})));
		rows.onerror = () => reject(rows.error);
	};
});

let site;
let firefox;
const ids = {};
before(async () => {
	site = await serveFixtures();
	firefox = await launchFirefox(dist('firefox-test'));
	// Clip the three pages through the popup, as a person would.
	for (const article of [FERRIES, FLOODS, MOU]) {
		const page = await firefox.browser.newPage();
		await page.goto(`${site.url}${article.path}`);
		const probe = await firefox.openExtensionPage('popup.html', '[data-testid=clip], [data-testid=empty]');
		const tabId = await probe.evaluate(async url => (await browser.tabs.query({})).find(tab => tab.url === url)?.id, `${site.url}${article.path}`);
		await probe.close();
		const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid=clip], [data-testid=empty]');
		await popup.click('button.primary');
		const status = await popup.waitForSelector('[data-testid=saved], [data-testid=error]', {timeout: 20_000});
		assert.match(await status.evaluate(element => element.innerText), /^Saved: /, article.path);
		await popup.close();
		await page.close();
	}
	const library = await firefox.openExtensionPage('library.html', '[data-testid=clip]');
	for (const {id, title} of await library.evaluate(storedClips)) {
		ids[title] = id;
	}
	await library.close();
});
after(async () => {
	await firefox?.close();
	await site?.close();
});

describe('Firefox print view', () => {
	test('a three-clip briefing pack prints to PDF: cover, contents, a page per item with its link notes, the contacts appendix', async () => {
		const order = [FERRIES, FLOODS, MOU].map(article => ids[article.title]);
		assert.ok(order.every(Number.isInteger), 'the three clips are stored');
		const page = await firefox.openExtensionPage(`print.html?ids=${order.join(',')}`, '#app[data-ready=true]');
		await page.setViewport({width: 1000, height: 900});
		await page.click('input[name=paper][value=a4]');
		await page.waitForFunction(() => document.getElementById('paper-size')?.textContent === '@page { size: A4; }');
		await page.screenshot({path: `${RESULTS}/firefox-briefing-pack.png`});
		assert.deepEqual(await axeViolations(page), [], 'print page accessibility');
		const file = `${RESULTS}/firefox-briefing-pack.pdf`;
		await writeFile(file, await page.pdf({printBackground: true})); // no format: the page's @page size decides
		pdfToPngs(file, `${RESULTS}/firefox-briefing-pack-page`, {pages: 6});
		assert.equal(pdfPaper(file), 'A4', 'the paper switch set the PDF\'s page size');
		const text = pdfText(file);
		const pages = pdfPageTexts(file, pdfPages(file));
		assert.ok(pages.length >= 5, 'cover, three items and the appendix each start a page');
		// The contents name each title; each item follows with its own notes; then the appendix.
		const at = positionsInOrder(text, [
			'Government news briefing', 'Contents', FERRIES.title, FLOODS.title, MOU.title,
			FERRIES.title, 'Published 26 February 2026', 'Links in the text', 'Contacts', 'press.office@dft.example.gov.uk', 'Related links',
			FLOODS.title, 'Appleby-in-Westmorland', 'full programme document 1', 'Links in the text', 'newsdesk@defra.example.gov.uk',
			MOU.title, 'Contacts appendix',
		]);
		assert.ok(at.every(index => index >= 0), `pack text has every part, in order: ${at}`);
		// pdftotext sets a superscript apart with a space: "guidance 1"; a long address wraps across lines on paper.
		assert.match(text, /read the bidding guidance 1 before[\s\S]*Questions about the guidance 1 can be sent to the fund team 3\./);
		assert.ok(text.replace(/\s/g, '').includes(`1.biddingguidance${site.url}${GUIDANCE}`), 'the note gives the full address');
		for (const title of [FERRIES.title, FLOODS.title, MOU.title]) {
			assert.ok(pages.slice(1).some(pageText => pageText.slice(0, 200).includes(title)), `a page starts with ${title}`);
		}
		assert.ok(pages.at(-1).startsWith('Contacts appendix'), 'the appendix has a page of its own');
		assert.ok(!/Print \/ Save as PDF|Paper A4/.test(text), 'the toolbar is not printed');
	});

	test('US Letter from the switch gives a Letter PDF, and the choice is remembered', async () => {
		const page = await firefox.openExtensionPage(`print.html?id=${ids[FERRIES.title]}`, '#app[data-ready=true]');
		assert.equal(await page.$eval('input[name=paper][value=a4]', input => input.checked), true, 'the pack\'s A4 is remembered');
		await page.click('input[name=paper][value=letter]');
		await page.waitForFunction(() => document.getElementById('paper-size')?.textContent === '@page { size: letter; }');
		const file = `${RESULTS}/firefox-print-letter.pdf`;
		await writeFile(file, await page.pdf({printBackground: true}));
		pdfToPngs(file, `${RESULTS}/firefox-print-letter-page`, {pages: 2});
		assert.equal(pdfPaper(file), 'Letter');
		assert.match(pdfText(file), /Links in the text 1\. bidding guidance/);
	});
});
