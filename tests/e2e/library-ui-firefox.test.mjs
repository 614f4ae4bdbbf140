// End to end in Firefox ESR: "Clip selection" from the popup, and the library's facets, chips and date range,
// with axe-core on each new state and screenshots of the popup and the library, light and dark.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {launchFirefox} from './lib/firefox.mjs';
import {dist, RESULTS} from './lib/paths.mjs';
import {axeViolations} from './lib/axe.mjs';
import {serveFixtures} from '../../tools/fixture-server.mjs';

const FLOOD = '/news/flood-defence-funding.html';
const MOU = '/news/digital-services-mou.html';
const DEFRA = 'Department for Environment, Food and Rural Affairs';

let site;
before(async () => {
	site = await serveFixtures();
});
after(async () => {
	await site?.close();
});

/** The button whose text starts with `text`, clicked in the page (BiDi has no accessible-name selectors here). */
const clickButton = (page, text) => page.evaluate(text => {
	const button = [...document.querySelectorAll('button')].find(element => element.textContent.trim().startsWith(text));
	if (!button) throw new Error(`no button "${text}"`);
	button.click();
}, text);

const rowCount = page => page.$$eval('[data-testid=clip]', rows => rows.length);

const chips = page => page.$$eval('.filter-chip span', spans => spans.map(span => span.textContent));

/** Sets a date field the way a person's pick does: a new value, then `change`. */
const pickDate = (page, label, value) => page.evaluate(([label, value]) => {
	const input = [...document.querySelectorAll('label')].find(element => element.textContent.startsWith(label)).querySelector('input');
	input.value = value;
	input.dispatchEvent(new Event('change', {bubbles: true}));
}, [label, value]);

/**
 * Firefox over BiDi ignores emulated media features, so this browser is dark as a whole, by preference; the
 * light popup and library are photographed by firefox.test.mjs.
 */
const DARK = {'ui.systemUsesDarkTheme': 1, 'layout.css.prefers-color-scheme.content-override': 0};
const isDark = page => page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches);

describe('Firefox, dark: selection clips, facets, chips and date range', () => {
	let firefox;
	before(async () => {
		firefox = await launchFirefox(dist('firefox-test'), {prefs: DARK});
	});
	after(async () => {
		await firefox?.close();
	});

	async function openPopupFor(path) {
		const probe = await firefox.openExtensionPage('popup.html', '[data-testid=clip], [data-testid=empty]');
		const tabId = await probe.evaluate(async url => (await browser.tabs.query({})).find(tab => tab.url === url)?.id, `${site.url}${path}`);
		await probe.close();
		assert.ok(Number.isInteger(tabId), `found the tab for ${path}`);
		const popup = await firefox.openExtensionPage(`popup.html?tab=${tabId}`, '[data-testid=clip], [data-testid=empty]');
		await popup.setViewport({width: 400, height: 600});
		return popup;
	}

	async function status(popup) {
		const element = await popup.waitForSelector('[data-testid=saved], [data-testid=error]', {timeout: 20_000});
		return element.evaluate(node => node.innerText);
	}

	test('"Clip selection" appears with selected text and saves it with the page\'s department', async () => {
		const page = await firefox.browser.newPage();
		await page.goto(`${site.url}${MOU}`);
		await page.evaluate(() => {
			const paragraph = [...document.querySelectorAll('p')].find(p => p.textContent.startsWith('Under the agreement'));
			const range = document.createRange();
			range.selectNodeContents(paragraph);
			getSelection().removeAllRanges();
			getSelection().addRange(range);
		});
		const popup = await openPopupFor(MOU);
		await popup.waitForSelector('button.secondary');
		assert.equal(await popup.$eval('button.secondary', button => button.textContent), 'Clip selection');
		await popup.click('button.secondary');
		assert.match(await status(popup), /^Saved: UK and Singapore sign agreement/);
		await popup.waitForSelector('[data-testid=clip]');
		assert.match(await popup.$eval('[data-testid=clip]', row => row.innerText), /Foreign and Commonwealth Office[\s\S]*20 June 2019/);
	});

	test('the library filters by facet, chip and date range; each state passes axe', async () => {
		const page = await firefox.browser.newPage();
		await page.goto(`${site.url}${FLOOD}`);
		const popup = await openPopupFor(FLOOD);
		await popup.click('button.primary');
		assert.match(await status(popup), /^Saved: £40 million/);
		await popup.waitForFunction(() => document.querySelectorAll('[data-testid=clip]').length === 2);
		await popup.type('input[type=search]', 'tag:brexit -type:speech');
		await popup.waitForSelector('.filter-chip');
		assert.deepEqual(await chips(popup), ['Tag: brexit', 'Not type: speech']);
		assert.ok(await isDark(popup), 'the popup follows the dark preference');
		await popup.screenshot({path: `${RESULTS}/firefox-popup-chips-dark.png`});
		assert.deepEqual(await axeViolations(popup), [], 'popup with chips, dark');
		await popup.click('.filter-chip button');
		await popup.waitForFunction(() => document.querySelectorAll('.filter-chip').length === 1);
		await popup.click('.filter-chip button');
		await popup.waitForFunction(() => document.querySelectorAll('[data-testid=clip]').length === 2);
		await popup.screenshot({path: `${RESULTS}/firefox-popup-dark.png`});
		assert.deepEqual(await axeViolations(popup), [], 'popup, dark');

		const library = await firefox.openExtensionPage('library.html', '[data-testid=clip]');
		await library.setViewport({width: 1280, height: 860});
		await library.waitForFunction(() => document.querySelectorAll('[data-testid=clip]').length === 2 && document.querySelector('.facet-value'));
		await clickButton(library, DEFRA);
		await library.waitForFunction(() => document.querySelectorAll('[data-testid=clip]').length === 1);
		assert.deepEqual(await chips(library), [`Department: ${DEFRA}`]);
		assert.match(await library.$eval('[data-testid=clip]', row => row.innerText), /£40 million/);
		await library.click('.result-title');
		await library.waitForSelector('#reader-title');
		assert.ok(await isDark(library), 'the library follows the dark preference');
		await library.screenshot({path: `${RESULTS}/firefox-library-dark.png`});
		assert.deepEqual(await axeViolations(library), [], 'library with a facet picked, dark');

		await library.click('.filter-chip button');
		await library.waitForFunction(() => document.querySelectorAll('[data-testid=clip]').length === 2);
		await pickDate(library, 'Published from', '2026-03-01');
		await library.waitForFunction(() => document.querySelectorAll('[data-testid=clip]').length === 1);
		assert.deepEqual(await chips(library), ['Published from 1 March 2026']);
		assert.equal(await library.$eval('input[type=search]', input => input.value.trim()), 'after:2026-03-01');
		await pickDate(library, 'Published to', '2026-03-11');
		await library.waitForSelector('[data-testid=empty]');
		assert.deepEqual(await chips(library), ['Published from 1 March 2026', 'Published until 11 March 2026']);
		await library.screenshot({path: `${RESULTS}/firefox-library-dates-dark.png`});
		assert.deepEqual(await axeViolations(library), [], 'library with a date range, dark');
		await pickDate(library, 'Published to', '');
		await library.click('.filter-chip button');
		await library.waitForFunction(() => document.querySelectorAll('[data-testid=clip]').length === 2);

		// Select all shown, then tag both in one go: the tag facet counts them.
		await library.click('.select-all input');
		await library.waitForSelector('.bulk-bar');
		await library.type('.bulk-tag input', 'briefing');
		await library.click('.bulk-tag button');
		await library.waitForFunction(() => [...document.querySelectorAll('[role=status]')].some(status => status.textContent.includes('Tagged 2 clips “briefing”.')));
		await library.waitForSelector('[aria-label="briefing, 2"]');
		assert.deepEqual(await axeViolations(library), [], 'library with the bulk bar, dark');
	});
});
