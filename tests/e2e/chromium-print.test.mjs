// End to end in Chromium: the print view's links as numbered notes, its A4 / US Letter switch, and a three-clip pack.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {launchChromium} from './lib/chromium.mjs';
import {dist, RESULTS} from './lib/paths.mjs';
import {pdfPages, pdfText, pdfToPngs} from './lib/pdf.mjs';
import {pdfPageTexts, pdfPaper} from './lib/pdf-pages.mjs';
import {axeViolations} from './lib/axe.mjs';
import {serveFixtures} from '../../tools/fixture-server.mjs';

const FERRIES = {path: '/news/ferry-crossings-fund.html', title: '£12 million to keep island and estuary ferry crossings running'};
const FLOODS = {path: '/news/flood-defence-funding.html', title: '£40 million for community flood defences in the North West'};
const MOU = {path: '/news/digital-services-mou.html', title: 'UK and Singapore sign agreement on digital government services'};
const GUIDANCE = '/government/publications/small-ferries-fund-bidding-guidance-for-operators-and-local-transport-authorities-2026-to-2027';

let site;
let browser;
const ids = {};
before(async () => {
	site = await serveFixtures();
	browser = await launchChromium(dist('chrome-test'));
	// Clip the three pages through the popup, as a person would.
	for (const article of [FERRIES, FLOODS, MOU]) {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}${article.path}`);
		const popup = await browser.context.newPage();
		await popup.goto(browser.extensionUrl('popup.html'));
		const [tab] = await popup.evaluate(url => chrome.tabs.query({url}), `${site.url}${article.path}`);
		await popup.goto(browser.extensionUrl(`popup.html?tab=${tab.id}`));
		await popup.getByRole('button', {name: /Clip this page/}).click();
		assert.match(await popup.locator('[data-testid=saved]').innerText(), /^Saved: /);
		await Promise.all([page.close(), popup.close()]);
	}
	const library = await browser.context.newPage();
	await library.goto(browser.extensionUrl('library.html'));
	await library.getByTestId('clip').nth(2).waitFor();
	for (const {title, id} of await library.evaluate(() => new Promise((resolve, reject) => {
		const request = indexedDB.open('govclip');
		request.onerror = () => reject(request.error);
		request.onsuccess = () => {
			const rows = request.result.transaction('clips').objectStore('clips').getAll();
			rows.onsuccess = () => resolve(rows.result.map(({id, title}) => ({id, title})));
		};
	}))) {
		ids[title] = id;
	}
	await library.close();
});
after(async () => {
	await browser?.close();
	await site?.close();
});

async function openPrint(query) {
	const page = await browser.context.newPage();
	await page.setViewportSize({width: 1000, height: 900});
	await page.goto(browser.extensionUrl(`print.html?${query}`));
	await page.waitForSelector('#app[data-ready=true]');
	return page;
}

/** Where each part is found, each searched after the one before: -1 for a part missing or out of order. */
function positionsInOrder(text, parts) {
	let from = 0;
	return parts.map(part => {
		const index = from < 0 ? -1 : text.indexOf(part, from);
		from = index < 0 ? -1 : index + part.length;
		return index;
	});
}

/** Prints at the page's own @page size (what the paper switch sets), as the print dialog and Save as PDF do. */
async function printToPdf(page, name, pages = 3) {
	const file = `${RESULTS}/${name}.pdf`;
	await writeFile(file, await page.pdf({preferCSSPageSize: true, printBackground: true}));
	pdfToPngs(file, `${RESULTS}/${name}-page`, {pages});
	return file;
}

describe('Chromium print view', () => {
	test('links in the article print as superscript numbers, with their full addresses in "Links in the text"', async () => {
		const page = await openPrint(`id=${ids[FERRIES.title]}`);
		await page.getByRole('radio', {name: 'A4'}).check();
		await page.screenshot({path: `${RESULTS}/chromium-print-endnotes.png`, fullPage: true});
		assert.deepEqual(await axeViolations(page), [], 'print page accessibility');
		const file = await printToPdf(page, 'chromium-print-endnotes', 2);
		const text = pdfText(file);
		const unwrapped = text.replace(/\s/g, ''); // a long address wraps across lines on paper
		// In the text: each link followed by its number; the same address keeps its number; a link that shows
		// its own address gets none.
		// pdftotext sets a superscript apart with a space: "guidance 1".
		for (const expected of [/read the bidding guidance ?1 before/, /in the sea passenger statistics ?2 for 2025/, /Questions about the guidance ?1 can be sent to the fund team ?3\./]) {
			assert.match(text, expected);
		}
		assert.ok(text.includes('published at www.gov.uk/government/publications/lifeline-ferries-review.'), 'no number after a link that shows its address');
		// The notes: after the article, before the contacts, each address in full.
		const order = positionsInOrder(unwrapped, ['Questions about the guidance', 'Links in the text', `1.bidding guidance${site.url}${GUIDANCE}`,
			`2.seapassengerstatistics${site.url}/government/statistics/sea-passenger-statistics-2025`, '3.the fund teamsmall.ferries@dft.example.gov.uk',
			'Contacts', 'press.office@dft.example.gov.uk', 'Related links', `${site.url}/guidance/maritime-grants`].map(part => part.replace(/\s/g, '')));
		assert.ok(order.every(index => index >= 0), `every part is printed, in order: ${order}`);
		// On paper a link is text: no link colour, no underline.
		await page.emulateMedia({media: 'print'});
		const styles = await page.$$eval('.print-clip a', links => links.map(link => {
			const style = getComputedStyle(link);
			return `${style.color} ${style.textDecorationLine}`;
		}));
		const body = await page.$eval('.print-clip', element => getComputedStyle(element).color);
		assert.ok(styles.length > 0);
		assert.deepEqual([...new Set(styles)], [`${body} none`]);
	});

	test('the paper switch starts from the browser\'s locale, sets the PDF\'s page size, and is remembered', async () => {
		const page = await openPrint(`id=${ids[FLOODS.title]}`);
		await page.evaluate(() => localStorage.removeItem('govclip.paper')); // what an earlier test chose
		await page.reload();
		await page.waitForSelector('#app[data-ready=true]');
		const locale = await page.evaluate(() => navigator.language);
		const expected = /-(US|CA)$/i.test(locale) ? 'US Letter' : 'A4';
		assert.ok(await page.getByRole('radio', {name: expected}).isChecked(), `${expected} for ${locale}`);
		await page.getByRole('radio', {name: 'A4'}).check();
		assert.equal(pdfPaper(await printToPdf(page, 'chromium-print-a4', 1)), 'A4');
		await page.getByRole('radio', {name: 'US Letter'}).check();
		assert.equal(pdfPaper(await printToPdf(page, 'chromium-print-letter', 1)), 'Letter');
		await page.reload();
		await page.waitForSelector('#app[data-ready=true]');
		assert.ok(await page.getByRole('radio', {name: 'US Letter'}).isChecked(), 'remembered after a reload');
		const text = pdfText(`${RESULTS}/chromium-print-letter.pdf`);
		assert.ok(!/Paper|US Letter/.test(text), 'the switch is not printed');
		assert.match(text, /full programme document ?1/, 'the flood release numbers its link too');
	});

	test('a three-clip briefing pack on A4: cover, one item per page with its notes, the contacts appendix', async () => {
		const order = [FERRIES, FLOODS, MOU].map(article => ids[article.title]);
		const page = await openPrint(`ids=${order.join(',')}`);
		await page.getByRole('radio', {name: 'A4'}).check();
		await page.screenshot({path: `${RESULTS}/chromium-briefing-pack-a4.png`});
		const file = await printToPdf(page, 'chromium-briefing-pack-a4', 6);
		assert.equal(pdfPaper(file), 'A4');
		const text = pdfText(file);
		assert.ok(pdfPages(file) >= 5, 'cover, three items and the appendix each start a page');
		// The contents name each title first, then each item follows with its own notes.
		const parts = ['Government news briefing', 'Contents', FERRIES.title, FLOODS.title, MOU.title, FERRIES.title, 'Links in the text', FLOODS.title, 'full programme document 1', MOU.title, 'Contacts appendix'];
		const at = positionsInOrder(text, parts);
		assert.ok(at.every(index => index >= 0), `pack text has every part, in order: ${at}`);
		// Each item begins a page: its source header (department, then title) is at the top of one.
		const pages = pdfPageTexts(file, pdfPages(file));
		for (const title of [FERRIES.title, FLOODS.title, MOU.title]) {
			assert.ok(pages.slice(1).some(pageText => pageText.slice(0, 200).includes(title)), `a page starts with ${title}`);
		}
		assert.ok(pages.at(-1).startsWith('Contacts appendix'), 'the appendix has a page of its own');
	});
});
