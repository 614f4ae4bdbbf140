// End to end in Chromium: "Clip selection" from the popup, filter chips in the popup, and the library's facets,
// chips and published-date range, each state checked with axe-core and photographed light and dark.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {launchChromium} from './lib/chromium.mjs';
import {dist, RESULTS} from './lib/paths.mjs';
import {axeViolations} from './lib/axe.mjs';
import {serveFixtures} from '../../tools/fixture-server.mjs';

const FLOOD = '/news/flood-defence-funding.html';
const MOU = '/news/digital-services-mou.html';
const DEFRA = 'Department for Environment, Food and Rural Affairs';
const FCO = 'Foreign and Commonwealth Office';
/** A facet button's accessible name, exactly "Cabinet Office, 12". */
const facet = (value, count) => ({name: `${value}, ${count}`, exact: true});

let site;
before(async () => {
	site = await serveFixtures();
});
after(async () => {
	await site?.close();
});

describe('Chromium: selection clips, filter chips, facets and date range', () => {
	let browser;
	before(async () => {
		browser = await launchChromium(dist('chrome-test'));
	});
	after(async () => {
		await browser?.close();
	});

	/** popup.html as a page aimed at the tab showing `path`, as the toolbar popup would be. */
	async function openPopupFor(page, path) {
		const popup = await browser.context.newPage();
		await popup.setViewportSize({width: 400, height: 600});
		await popup.goto(browser.extensionUrl('popup.html'));
		const [tab] = await popup.evaluate(url => chrome.tabs.query({url}), `${site.url}${path}`);
		await popup.goto(browser.extensionUrl(`popup.html?tab=${tab.id}`));
		await popup.waitForSelector('[data-testid=clip], [data-testid=empty]');
		return popup;
	}

	async function statusText(popup) {
		const status = popup.locator('[data-testid=saved], [data-testid=error]');
		await status.waitFor({timeout: 20_000});
		return status.innerText();
	}

	test('"Clip selection" shows only with selected text, and saves just that text with the page\'s department and date', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}${MOU}`);
		let popup = await openPopupFor(page, MOU);
		// Nothing selected yet: only "Clip this page".
		await popup.waitForTimeout(500);
		assert.equal(await popup.getByRole('button', {name: 'Clip selection'}).count(), 0);
		await popup.close();

		await page.evaluate(() => {
			const paragraph = [...document.querySelectorAll('p')].find(p => p.textContent.startsWith('Under the agreement'));
			const range = document.createRange();
			range.selectNodeContents(paragraph);
			getSelection().removeAllRanges();
			getSelection().addRange(range);
		});
		popup = await openPopupFor(page, MOU);
		const button = popup.getByRole('button', {name: 'Clip selection'});
		await button.waitFor();
		await popup.screenshot({path: `${RESULTS}/chromium-popup-selection.png`});
		assert.deepEqual(await axeViolations(popup), [], 'popup with "Clip selection"');
		await button.click();
		assert.match(await statusText(popup), /^Saved: UK and Singapore sign agreement/);
		const row = popup.getByTestId('clip').first();
		await row.waitFor();
		assert.match(await row.innerText(), new RegExp(`${FCO}[\\s\\S]*20 June 2019`));

		const library = await browser.context.newPage();
		await library.goto(browser.extensionUrl('library.html'));
		await library.getByRole('button', {name: /^UK and Singapore sign agreement/}).click();
		const body = library.locator('.article-body');
		await body.filter({hasText: 'Under the agreement the two agencies'}).waitFor();
		assert.ok(!(await body.innerText()).includes('brokered a partnership'), 'only the selection was saved');
		await library.close();
	});

	test('the library filters by facet, by chip and by published date; every state passes axe', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}${FLOOD}`);
		const popup = await openPopupFor(page, FLOOD);
		await popup.getByRole('button', {name: /Clip this page/}).click();
		assert.match(await statusText(popup), /^Saved: £40 million/);

		const library = await browser.context.newPage();
		await library.setViewportSize({width: 1280, height: 860});
		await library.goto(browser.extensionUrl('library.html'));
		await library.getByTestId('clip').nth(1).waitFor();
		const departments = library.getByRole('region', {name: 'Departments'});
		await departments.getByRole('button', facet(DEFRA, 1)).waitFor();
		// A joint release counts under each department it names.
		assert.ok(await departments.getByRole('button', facet('Environment Agency', 1)).isVisible());
		assert.ok(await departments.getByRole('button', facet(FCO, 1)).isVisible());
		const years = library.getByRole('region', {name: 'Years published'});
		assert.deepEqual(await years.getByRole('button').evaluateAll(buttons => buttons.map(button => button.getAttribute('aria-label'))), ['2026, 1', '2019, 1']);

		// A facet click adds a chip, narrows the list and the other facets.
		await departments.getByRole('button', facet(DEFRA, 1)).click();
		const search = library.getByRole('searchbox', {name: 'Search clips'});
		assert.equal((await search.inputValue()).trim(), `dept:"${DEFRA}"`);
		await library.getByRole('button', {name: `Remove filter: Department: ${DEFRA}`}).waitFor();
		await library.getByTestId('clip').nth(1).waitFor({state: 'detached'});
		assert.match(await library.getByTestId('clip').innerText(), /£40 million/);
		await years.getByRole('button', facet('2019', 1)).waitFor({state: 'detached'});
		assert.equal(await departments.getByRole('button', facet(DEFRA, 1)).getAttribute('aria-pressed'), 'true');
		await library.screenshot({path: `${RESULTS}/chromium-library-facets.png`});
		assert.deepEqual(await axeViolations(library), [], 'library with a facet picked');
		await library.emulateMedia({colorScheme: 'dark'});
		await library.screenshot({path: `${RESULTS}/chromium-library-facets-dark.png`});
		assert.deepEqual(await axeViolations(library), [], 'library with a facet picked, dark');
		await library.emulateMedia({colorScheme: 'light'});

		// Removing the chip from the keyboard brings both clips back and returns focus to the search box.
		await library.getByRole('button', {name: `Remove filter: Department: ${DEFRA}`}).focus();
		await library.keyboard.press('Enter');
		await library.getByTestId('clip').nth(1).waitFor();
		assert.equal(await search.inputValue(), '');
		assert.equal(await library.evaluate(() => document.activeElement?.getAttribute('type')), 'search');

		// Published from 1 March 2026: only the flood clip (12 March 2026) is left, and the chip says so.
		await library.getByLabel('Published from').fill('2026-03-01');
		await library.getByRole('button', {name: 'Remove filter: Published from 1 March 2026'}).waitFor();
		assert.equal((await search.inputValue()).trim(), 'after:2026-03-01');
		await library.getByTestId('clip').nth(1).waitFor({state: 'detached'});
		assert.match(await library.getByTestId('clip').innerText(), /£40 million/);
		// A typed filter shows as a chip too, and joins the date.
		await search.fill('after:2026-03-01 before:2026-03-11');
		await library.getByRole('button', {name: 'Remove filter: Published until 11 March 2026'}).waitFor();
		assert.equal(await library.getByLabel('Published to').inputValue(), '2026-03-11');
		await library.getByTestId('empty').waitFor();
		assert.deepEqual(await axeViolations(library), [], 'library with a date range and no results');
		await library.getByLabel('Published to').fill('');
		await library.getByTestId('clip').first().waitFor();
		await library.getByRole('button', {name: 'Remove filter: Published from 1 March 2026'}).click();
		await library.getByTestId('clip').nth(1).waitFor();

		// Select all shown, then tag them in one go: the tag facet counts both.
		await library.getByRole('checkbox', {name: 'Select all shown'}).check();
		const bulk = library.getByRole('toolbar', {name: 'Selected clips'});
		assert.match(await bulk.innerText(), /2 clips selected/);
		await bulk.getByRole('textbox', {name: 'Tag to add to the selected clips'}).fill('briefing');
		await bulk.getByRole('button', {name: 'Add tag'}).click();
		await library.getByRole('status').filter({hasText: 'Tagged 2 clips “briefing”.'}).waitFor();
		await library.getByRole('region', {name: 'Tags'}).getByRole('button', facet('briefing', 2)).waitFor();
		assert.deepEqual(await axeViolations(library), [], 'library with the bulk bar');
		await library.screenshot({path: `${RESULTS}/chromium-library-bulk.png`});
		await library.getByRole('checkbox', {name: 'Select all shown'}).uncheck();
		await bulk.waitFor({state: 'detached'});
	});

	test('the popup shows typed filters as chips and removes them', async () => {
		const page = await browser.context.newPage();
		await page.goto(`${site.url}${FLOOD}`);
		const popup = await openPopupFor(page, FLOOD);
		const search = popup.getByRole('searchbox', {name: 'Search your clips'});
		await search.fill(`dept:"${FCO}" tag:brexit`);
		await popup.getByRole('button', {name: 'Remove filter: Tag: brexit'}).waitFor();
		await popup.getByTestId('empty').waitFor();
		await popup.screenshot({path: `${RESULTS}/chromium-popup-chips.png`});
		assert.deepEqual(await axeViolations(popup), [], 'popup with filter chips');
		await popup.emulateMedia({colorScheme: 'dark'});
		await popup.screenshot({path: `${RESULTS}/chromium-popup-chips-dark.png`});
		assert.deepEqual(await axeViolations(popup), [], 'popup with filter chips, dark');
		await popup.getByRole('button', {name: 'Remove filter: Tag: brexit'}).click();
		assert.equal(await search.inputValue(), `dept:"${FCO}"`);
		await popup.getByTestId('clip').first().waitFor();
		assert.match(await popup.getByTestId('clip').first().innerText(), /UK and Singapore/);
	});
});
