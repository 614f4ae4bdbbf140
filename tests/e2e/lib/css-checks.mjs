// S5 in a real browser, the same in both: an article carrying ten CSS payloads is clipped by the real extension,
// then rendered in the library reader, the print page and the popup's search results. Nothing of the CSS reaches
// the rendered DOM, no payload's address is requested, and every control of GovClip's pages stays clickable.
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {RESULTS} from './paths.mjs';
import {cssHostileArticle} from './css-payloads.mjs';
import {sendClipTab, tabIds} from './clip-driver.mjs';
import {until} from './browser-pages.mjs';

// The hostile page may load nothing from the beacon origin itself: any request there is GovClip's.
const PAGE_CSP = "default-src 'self'; style-src 'self' 'unsafe-inline'; script-src 'none'";

/** Run in a page: what of the payloads is in `selector`'s subtree (style or stylesheet elements, style attributes, SVG, fixed boxes). */
const cssLeftIn = selector => {
	const root = document.querySelector(selector);
	if (!root) {
		return {missing: true};
	}
	const elements = [...root.querySelectorAll('*')];
	return {
		styled: [...root.querySelectorAll('style, link, svg, [style]')].map(element => element.outerHTML.slice(0, 80)),
		fixed: elements.filter(element => ['fixed', 'sticky'].includes(getComputedStyle(element).position)).map(element => element.outerHTML.slice(0, 80)),
		text: root.textContent,
	};
};

/**
 * Run in a page: every visible control (button, link, field, focusable element) hit-tested at its centre with
 * elementFromPoint. A control is blocked when what sits on top is neither the control, inside it, nor its label.
 */
export const hitTestControls = () => {
	const describe = element => element ? `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${element.className && typeof element.className === 'string' ? `.${element.className.trim().split(/\s+/).join('.')}` : ''}> "${(element.textContent ?? '').trim().slice(0, 30)}"` : 'nothing';
	const controls = [...document.querySelectorAll('button, a[href], input, select, textarea, summary, [role=button], [tabindex]:not([tabindex="-1"])')];
	const blocked = [];
	let checked = 0;
	for (const control of controls) {
		const box = control.getBoundingClientRect();
		const x = box.left + box.width / 2;
		const y = box.top + box.height / 2;
		if (box.width === 0 || box.height === 0 || x < 0 || y < 0 || x >= innerWidth || y >= innerHeight || getComputedStyle(control).visibility === 'hidden') {
			continue;
		}
		checked++;
		const hit = document.elementFromPoint(x, y);
		const label = hit?.closest('label');
		if (!hit || !(hit === control || control.contains(hit) || (label && (label.control === control || label.contains(control))))) {
			blocked.push(`${describe(control)} under ${describe(hit)}`);
		}
	}
	return {checked, blocked};
};

/** Run in a page: lays a fixed box over the whole page, as a kept payload would. */
const coverPage = () => {
	const cover = document.createElement('div');
	cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647';
	document.body.append(cover);
};

/**
 * `browserName` names the screenshots; `site` is a route server; `control` is an extension page; `openTab` and
 * `openExtensionPage` as in browser-pages.mjs. Returns a line for the log.
 */
export async function rendersCssPayloadsInertly({browserName, site, control, openTab, openExtensionPage}) {
	// localhost is another origin than the 127.0.0.1 the page comes from.
	const beacon = name => `${site.url.replace('127.0.0.1', 'localhost')}/beacon/${name}.css`;
	const {payloads, html} = cssHostileArticle(beacon);
	site.set('/news/css-payloads.html', {type: 'text/html; charset=utf-8', body: html, headers: {'content-security-policy': PAGE_CSP}});
	const before = new Set(await control.evaluate(tabIds));
	const tab = await openTab(`${site.url}/news/css-payloads.html`);
	const tabId = (await control.evaluate(tabIds)).find(id => !before.has(id));
	const {reply} = await control.evaluate(sendClipTab, tabId);
	assert.equal(reply.ok, true, JSON.stringify(reply.error));
	await tab.close();
	const beaconsBefore = site.requests.filter(request => request.path.startsWith('/beacon/')).length;
	assert.equal(beaconsBefore, 0, 'the page\'s own CSP kept it from loading the beacons');

	const surfaces = [];
	const library = await openExtensionPage(`library.html?id=${reply.value.id}`, {width: 1280, height: 800});
	await until(library, () => document.querySelector('.article-body')?.childElementCount > 0, null, 'the reader');
	surfaces.push({name: 'library reader', page: library, article: '.article-body'});
	const print = await openExtensionPage(`print.html?ids=${reply.value.id}`, {width: 1000, height: 800});
	await until(print, () => document.querySelector('#app[data-ready=true] .article-body') !== null, null, 'the print page');
	surfaces.push({name: 'print page', page: print, article: '.article-body'});
	const popup = await openExtensionPage('popup.html', {width: 400, height: 600});
	await until(popup, () => document.querySelector('[data-testid=clip]') !== null, null, 'the popup list');
	await popup.type('input.popup-search', 'transport funding');
	await until(popup, () => document.querySelector('[data-testid=clip] mark') !== null, null, 'search results with highlights');
	surfaces.push({name: 'popup search', page: popup, article: null});

	const report = [];
	for (const {name, page, article} of surfaces) {
		if (article) {
			const left = await page.evaluate(cssLeftIn, article);
			assert.ok(!left.missing, `${name}: the article is rendered`);
			assert.deepEqual(left.styled, [], `${name}: no style, stylesheet, SVG or style attribute in the article`);
			assert.deepEqual(left.fixed, [], `${name}: nothing in the article is fixed or sticky`);
			for (let n = 1; n <= payloads.length + 1; n++) {
				assert.ok(left.text.includes(`S5 paragraph ${n}:`), `${name}: paragraph ${n} shown`);
			}
		}
		const {checked, blocked} = await page.evaluate(hitTestControls);
		assert.deepEqual(blocked, [], `${name}: every control can be clicked`);
		assert.ok(checked >= 3, `${name}: ${checked} controls hit-tested`);
		report.push(`${name} ${checked} controls clickable`);
	}
	await writeFile(`${RESULTS}/s5-${browserName}-library.png`, await library.screenshot());

	// The oracle can fail: a fixed box laid over the reader blocks its controls.
	await library.evaluate(coverPage);
	assert.ok((await library.evaluate(hitTestControls)).blocked.length > 0, 'a covering box is caught by the hit test');

	await new Promise(resolve => setTimeout(resolve, 500)); // late font and image loads
	const beacons = site.requests.filter(request => request.path.startsWith('/beacon/')).map(request => request.path);
	assert.deepEqual(beacons, [], 'no payload address was requested');
	for (const {page} of surfaces) {
		await page.close();
	}
	return `${payloads.length} CSS payloads: ${report.join(', ')}; 0 beacon requests`;
}
