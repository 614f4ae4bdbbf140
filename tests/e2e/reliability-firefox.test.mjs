// Reliability in Firefox ESR (WebDriver BiDi): unsupported targets (R9) each get a typed error within 2 s and save
// nothing; big pages (R2) are refused at once or clipped within the budget; the background page stopped in the middle
// of saves (R7) and a full disk (R6) leave every clip whole or absent. Soak counts: GOVCLIP_SOAK=1.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {launchFirefox} from './lib/firefox.mjs';
import {dist} from './lib/paths.mjs';
import {serveRoutes} from './lib/route-server.mjs';
import {auditLibrary} from './lib/db-audit.mjs';
import {assertWhole, saveUntilFull, savesWithStops} from './lib/library-checks.mjs';
import {clipWithinBudgets, refusesPastElementCap, refusesTooMuchText} from './lib/big-page-checks.mjs';
import {noisyPage, tabIds} from './lib/clip-driver.mjs';
import {auditUnsupportedTargets, targetRoutes} from './lib/unsupported-targets.mjs';

const SOAK = Boolean(process.env.GOVCLIP_SOAK);
const STORAGE_FULL_WORDS = /Your browser storage is full/;

describe('Firefox, test build: unsupported targets', () => {
	let firefox;
	let site;
	let control;

	before(async () => {
		site = await serveRoutes();
		for (const [path, route] of Object.entries(targetRoutes(site.url.replace('127.0.0.1', 'localhost')))) {
			site.set(path, route);
		}
		firefox = await launchFirefox(dist('firefox-test'));
		control = await firefox.openExtensionPage('popup.html', '[data-testid=empty]');
	});
	after(async () => {
		await firefox?.close();
		await site?.close();
	});

	async function openTab(url) {
		const before = new Set(await control.evaluate(tabIds));
		const tab = await firefox.browser.newPage();
		// Error pages, downloads and privileged pages may never report a load: the tab is there either way.
		await Promise.race([tab.goto(url, {timeout: 15_000}).catch(() => undefined), new Promise(resolve => setTimeout(resolve, 5000))]);
		const id = (await control.evaluate(tabIds)).find(candidate => !before.has(candidate));
		return {tab, id};
	}

	test('R9: each unsupported target gets a typed error in words within 2 s and saves no clip', async () => {
		const results = await auditUnsupportedTargets({browserName: 'firefox', control, site, extensionUrl: firefox.extensionUrl, openTab, settleMs: 300});
		console.log(`# R9 firefox: ${results.length} targets: ${results.map(r => `${r.name} → ${r.code} ${r.ms} ms`).join('; ')}`);
	});

	// R2, checked alike in both browsers (lib/big-page-checks.mjs); the clock starts at the page's first frame.
	const bigPages = () => ({control, site, open: url => openPage(firefox, control, url, 60_000)});

	test('R2: a 10 MB page of 100,000 elements stops within 1 s with TOO_LARGE and the tab stays responsive', async () => {
		await refusesPastElementCap('firefox', bigPages());
	});

	test('R2: a 5 MB page of 50,000 elements with more text than a clip holds stops within 1 s with TOO_LARGE', async () => {
		await refusesTooMuchText('firefox', bigPages());
	});

	test('R2: 1 MB and 5 MB pages that fit a clip never hang, save whole and are read within 3 s and sanitised within 1 s (the plan); the whole save is reported against our budget', async t => {
		const {report, over} = await clipWithinBudgets(bigPages());
		console.log(`# R2 firefox: ${report}`);
		if (over) {
			t.todo(over);
		}
	});

});

/** Opens `url` in a new tab of `firefox` and returns it with its id (the tab that appeared), once it has loaded. */
async function openPage(firefox, control, url, timeout = 30_000) {
	const before = new Set(await control.evaluate(tabIds));
	const tab = await firefox.browser.newPage();
	await tab.goto(url, {timeout});
	const id = (await control.evaluate(tabIds)).find(candidate => !before.has(candidate));
	return {tab, id};
}

describe('Firefox, test build: the background page stopped during saves (R7)', () => {
	let firefox;
	let site;
	let control;
	const SAVES = SOAK ? 100 : 12;

	before(async () => {
		site = await serveRoutes();
		firefox = await launchFirefox(dist('firefox-test'));
		control = await firefox.openExtensionPage('popup.html', '[data-testid=empty]');
	});
	after(async () => {
		await firefox?.close();
		await site?.close();
	});

	test(`${SAVES} saves of 1 MB clips, the background page stopped at a random moment in each: every clip whole or absent, retries succeed`, async () => {
		const openTab = url => openPage(firefox, control, url);
		const stop = async () => {
			await firefox.terminateBackground();
			return true;
		};
		const counts = await savesWithStops({control, site, openTab, stop, saves: SAVES});
		console.log(`# R7 firefox: ${SAVES} saves of 1 MB (a save takes about ${counts.typicalMs} ms), background page stopped in each; ${counts.interrupted} replies interrupted, ${counts.savedBeforeStop} completed before the stop, ${counts.lost} clips lost, ${counts.retried} retries all succeeded`);
	});
});

describe('Firefox, quota build (no unlimitedStorage): storage full (R6)', () => {
	let firefox;
	let site;
	let control;

	before(async () => {
		site = await serveRoutes();
		// Firefox's storage limit for the whole profile, in KiB: without unlimitedStorage the extension gets all of it
		// (navigator.storage.estimate() reports 6 MiB), a few 1 MB clips.
		firefox = await launchFirefox(dist('firefox-test-quota'), {prefs: {'dom.quotaManager.temporaryStorage.fixedLimit': 6 * 1024}});
		control = await firefox.openExtensionPage('popup.html', '[data-testid=empty]');
	});
	after(async () => {
		await firefox?.close();
		await site?.close();
	});

	test('saving until the quota is exceeded gives STORAGE_FULL in words, leaves no partial clip and keeps earlier clips', async () => {
		const {quota} = await control.evaluate(() => navigator.storage.estimate());
		assert.ok(quota <= 8 * 1024 * 1024, `the profile's limit applies to the extension (quota ${quota})`);
		const openClip = async n => {
			const path = `/quota/${n}.html`;
			site.set(path, {type: 'text/html; charset=utf-8', body: noisyPage(n)});
			return {...await openPage(firefox, control, `${site.url}${path}`), path};
		};
		const {saved, full} = await saveUntilFull(control, openClip);
		assert.ok(saved >= 1, 'clips fit before the quota');
		const audit = await control.evaluate(auditLibrary);
		assertWhole(audit, 'when full');
		assert.equal(audit.clips.length, saved, 'earlier clips intact, nothing half-written');
		// Firefox at its limit sometimes fails the write with an InvalidStateError ("did not allow mutations") instead of a
		// QuotaExceededError; storage-errors.ts takes that for a full disk when the estimate says so.
		assert.equal(full.reply.error.code, 'STORAGE_FULL', JSON.stringify(full.reply.error));
		assert.match(full.reply.error.message, STORAGE_FULL_WORDS);
		// As in Chromium, 5 s: this clock also holds reading the 1 MB page (2-3.5 s here) before the write that fails.
		assert.ok(full.ms <= 5000, `the error came in ${Math.round(full.ms)} ms`);
		// The popup says it in words too.
		const {tab, id} = await openClip(99);
		const popup = await firefox.openExtensionPage(`popup.html?tab=${id}`, 'button');
		await popup.evaluate(() => [...document.querySelectorAll('button')].find(button => /Clip this page/.test(button.textContent)).click());
		const status = await popup.waitForSelector('[data-testid=saved], [data-testid=error]', {timeout: 15_000});
		assert.match(await status.evaluate(element => element.textContent), STORAGE_FULL_WORDS);
		assertWhole(await control.evaluate(auditLibrary), 'after the popup');
		await tab.close();
		console.log(`# R6 firefox: ${saved} clips saved under a ${Math.round(quota / 1024 / 1024)} MiB limit, then STORAGE_FULL in ${Math.round(full.ms)} ms; 0 partial rows; earlier clips intact`);
	});
});
