/**
 * R9's unsupported targets: pages GovClip cannot or should not clip. Each must get a typed error code (never
 * INTERNAL) within 2 s and save nothing. Served pages come from `targetRoutes()`; the rest are browser URLs.
 *
 * `codes`: the acceptable codes. Where the browser hides the tab's address (no host permission), the refusal comes
 * from the injection failure instead of the URL check, so a case may accept more than one code.
 * `mayClip`: a real article in an awkward encoding; it may be saved, but only whole and correctly decoded.
 */
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {RESULTS} from './paths.mjs';
import {auditLibrary} from './db-audit.mjs';
import {sendClipTab} from './clip-driver.mjs';
import {assertWhole} from './library-checks.mjs';

const ARTICLE_TEXT = 'The department announced new funding for rural bus services on Monday. Councils will be able to bid for grants to restore evening and weekend routes that were withdrawn during the last five years. ';

const html = body => ({type: 'text/html; charset=utf-8', body});

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

/** A minimal one-page PDF. */
const PDF = Buffer.from(`%PDF-1.4
1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj
2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj
3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 200 200]>>endobj
trailer<</Root 1 0 R>>
%%EOF
`);

/** windows-1252 bytes (curly quotes, pound sign, en dash) served without any charset. */
function windows1252Article() {
	const text = `<html><head><title>\u201cRural buses\u201d: \u00a340 million \u2013 press release</title></head><body><main><article><h1>\u201cRural buses\u201d: \u00a340 million \u2013 press release</h1>${`<p>\u201c${ARTICLE_TEXT}\u201d \u00a3 \u2013 caf\u00e9.</p>`.repeat(8)}</article></main></body></html>`;
	const bytes = [];
	const map = {'\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96};
	for (const char of text) {
		bytes.push(map[char] ?? char.charCodeAt(0));
	}
	return Buffer.from(bytes);
}

export function targetRoutes(crossOrigin) {
	return {
		'/r9/document.pdf': {type: 'application/pdf', body: PDF},
		'/r9/download': {type: 'application/pdf', body: PDF},
		'/r9/photo': {type: 'image/png', body: PNG},
		'/r9/notes': {type: 'text/plain; charset=utf-8', body: `${ARTICLE_TEXT.repeat(20)}\n`},
		'/r9/feed': {type: 'application/xml', body: `<?xml version="1.0"?><rss version="2.0"><channel><title>News</title><item><title>Buses</title><description>${ARTICLE_TEXT}</description></item></channel></rss>`},
		'/r9/drawing': {type: 'image/svg+xml', body: '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><text x="10" y="50">Chart</text></svg>'},
		'/r9/frameset.html': html(`<!doctype html><html><head><title>Frames</title></head><frameset cols="30%,70%"><frame src="/r9/empty.html"><frame src="${crossOrigin}/r9/framed-article.html"></frameset></html>`),
		'/r9/iframe-article.html': html(`<!doctype html><html><head><title>Embedded news</title></head><body><p>Loading the article…</p><iframe src="${crossOrigin}/r9/framed-article.html" width="800" height="600"></iframe></body></html>`),
		'/r9/framed-article.html': html(`<!doctype html><html><head><title>Framed article</title></head><body><article><h1>Framed article</h1>${`<p>${ARTICLE_TEXT}</p>`.repeat(8)}</article></body></html>`),
		'/r9/login.html': html('<!doctype html><html><head><title>Sign in - Civil Service intranet</title></head><body><main><h1>Sign in</h1><form><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form><p>You must sign in to read this page.</p></main></body></html>'),
		// A finder page as GOV.UK prints it: linked headings, each over a one-line teaser. (A bare <ul> of links with
		// dates is still taken for an article: see the report of this suite.)
		'/r9/listing.html': html(`<!doctype html><html><head><title>News and communications - GOV.UK</title></head><body><main><h1>News and communications</h1><ul>${Array.from({length: 20}, (_, i) => `<li><h3><a href="/news/${i}">Announcement number ${i} on rural transport</a></h3><p>Press release · 1 March 2026 · Department for Transport</p></li>`).join('')}</ul></main></body></html>`),
		'/r9/empty.html': {type: 'text/html; charset=utf-8', body: ''},
		'/r9/not-found.html': {status: 404, ...html('<!doctype html><html><head><title>Page not found</title></head><body><h1>Page not found</h1><p>If you typed the web address, check it is correct.</p></body></html>')},
		'/r9/windows-1252.html': {type: 'text/html', body: windows1252Article()},
		'/r9/lone-surrogate.html': html(`<!doctype html><html><head><title>placeholder</title><script>document.title = 'Bus funding \\uD800 update';</script></head><body><main><article><h1>Bus funding update</h1>${`<p>${ARTICLE_TEXT}</p>`.repeat(8)}</article></main></body></html>`),
		'/r9/article.html': html(`<!doctype html><html><head><title>Rural bus funding</title></head><body><main><article><h1>Rural bus funding</h1>${`<p>${ARTICLE_TEXT}</p>`.repeat(8)}</article></main></body></html>`),
	};
}

const NOT_HTML = ['NOT_HTML'];
const NO_ARTICLE = ['NO_ARTICLE'];
const REFUSED = ['RESTRICTED_PAGE', 'NO_PERMISSION'];

/**
 * The cases: `url` is absolute or a path on the test server; `offline` marks an address answered by the test
 * itself (request interception), since there is no network.
 */
export function targetCases(browser) {
	const chromium = browser === 'chromium';
	return [
		...(chromium ? [
			{name: 'chrome://version', url: 'chrome://version', codes: ['RESTRICTED_PAGE']},
			{name: 'chrome://settings', url: 'chrome://settings', codes: ['RESTRICTED_PAGE']},
			{name: 'chrome://extensions', url: 'chrome://extensions', codes: ['RESTRICTED_PAGE']},
			// Not the Chrome Web Store: a Web Store address answered by request interception closes the whole browser
			// context in Chromium 156 (the store is special-cased), so its URL check is covered by the unit tests only.
		] : [
			// Firefox hides these addresses from the test build and resolves the injection without running it, so the
			// extraction request finds no receiver (NO_RECEIVER, "reload the page"): typed, though vaguer than RESTRICTED_PAGE.
			{name: 'about:robots', url: 'about:robots', codes: ['RESTRICTED_PAGE', 'NO_RECEIVER']},
			{name: 'about:license', url: 'about:license', codes: ['RESTRICTED_PAGE', 'NO_RECEIVER']},
		]),
		{name: 'about:blank', url: 'about:blank', codes: ['RESTRICTED_PAGE', 'NO_PERMISSION']},
		{name: 'addons.mozilla.org', url: 'https://addons.mozilla.org/en-GB/firefox/addon/example/', offline: true, codes: REFUSED},
		// Chromium never settles an injection into view-source: (the background's probe deadline answers).
		{name: 'view-source:', url: 'view-source:{site}/r9/article.html', codes: [...REFUSED, 'FRAME_NOT_ACCESSIBLE']},
		{name: 'file:// text file', url: 'file:///etc/hostname', codes: [...REFUSED, 'NOT_HTML']},
		{name: 'data: URL', url: 'data:text/html,<h1>Hello</h1>', codes: REFUSED},
		{name: 'own extension page', url: '{extension}library.html', codes: ['RESTRICTED_PAGE']},
		{name: 'PDF viewer (.pdf)', url: '/r9/document.pdf', codes: NOT_HTML},
		{name: 'PDF viewer (no extension)', url: '/r9/download', codes: [...NOT_HTML, ...REFUSED]},
		{name: 'image document', url: '/r9/photo', codes: NOT_HTML},
		{name: 'text/plain document', url: '/r9/notes', codes: NOT_HTML},
		{name: 'XML document', url: '/r9/feed', codes: NOT_HTML},
		{name: 'SVG document', url: '/r9/drawing', codes: NOT_HTML},
		{name: 'frameset, article in a cross-origin frame', url: '/r9/frameset.html', codes: NO_ARTICLE},
		{name: 'article in a cross-origin iframe', url: '/r9/iframe-article.html', codes: NO_ARTICLE},
		{name: 'login wall', url: '/r9/login.html', codes: NO_ARTICLE},
		{name: 'listing page', url: '/r9/listing.html', codes: NO_ARTICLE},
		{name: '0-byte body', url: '/r9/empty.html', codes: NO_ARTICLE},
		{name: 'HTTP 404 page', url: '/r9/not-found.html', codes: NO_ARTICLE},
		{name: 'server not answering (browser error page)', url: 'http://127.0.0.1:9/', codes: ['FRAME_NOT_ACCESSIBLE', ...REFUSED]},
		{name: 'windows-1252 article without charset', url: '/r9/windows-1252.html', mayClip: true, codes: NO_ARTICLE},
		{name: 'title with a lone surrogate', url: '/r9/lone-surrogate.html', mayClip: true, codes: NO_ARTICLE},
		{name: 'tab closed before the clip', url: '/r9/article.html', closeFirst: true, codes: ['FRAME_NOT_ACCESSIBLE']},
	];
}

/** The page answered by request interception for an `offline` case (stores and AMO have no network here). */
export const OFFLINE_PAGE = `<!doctype html><html><head><title>Store page</title></head><body><main><article><h1>An extension</h1>${`<p>${ARTICLE_TEXT}</p>`.repeat(6)}</article></main></body></html>`;

/**
 * R9, the same in both browsers: opens every target of `browserName` with `openTab(url)` ({tab, id}), clips it from
 * `control` and checks the answer: a typed error in words within 2 s and nothing saved, or (for `mayClip`) a whole,
 * well-decoded clip. `settleMs` lets a PDF viewer or image document settle first. Writes r9-<browser>.json; returns
 * the results.
 */
export async function auditUnsupportedTargets({browserName, control, site, extensionUrl, openTab, settleMs}) {
	const cases = targetCases(browserName);
	assert.ok(cases.length >= 20, `${cases.length} cases`);
	const results = [];
	for (const target of cases) {
		const url = target.url.replace('{site}', site.url).replace('{extension}', extensionUrl(''));
		const {tab, id} = await openTab(url.startsWith('/') ? `${site.url}${url}` : url);
		assert.ok(Number.isInteger(id), `${target.name}: found its tab`);
		if (target.closeFirst) {
			await tab.close();
		}
		await new Promise(resolve => setTimeout(resolve, settleMs));
		const before = (await control.evaluate(auditLibrary)).clips.length;
		const {reply, ms} = await control.evaluate(sendClipTab, id);
		const audit = await control.evaluate(auditLibrary);
		const code = reply.ok ? `saved (${reply.value.status})` : reply.error.code;
		results.push({name: target.name, code, ms: Math.round(ms), message: reply.ok ? reply.value.title : reply.error.message});
		if (reply.ok) {
			assert.ok(target.mayClip, `${target.name}: refused (got a clip "${reply.value.title}")`);
			const clip = audit.clips.find(row => row.id === reply.value.id);
			assert.ok(clip?.hasBody && clip.indexed, `${target.name}: the clip is whole`);
			assert.equal(reply.value.title.isWellFormed(), true, `${target.name}: the title is well-formed text`);
			assert.ok(!reply.value.title.includes('\uFFFD') || target.name.includes('surrogate'), `${target.name}: the title decoded (${reply.value.title})`);
		} else {
			assert.ok(target.codes.includes(reply.error.code), `${target.name}: ${reply.error.code} (${reply.error.message}) is one of ${target.codes}`);
			assert.equal(audit.clips.length, before, `${target.name}: nothing saved`);
		}
		assert.ok(ms <= 2000, `${target.name}: answered in ${Math.round(ms)} ms`);
		assertWhole(audit, target.name);
		if (!target.closeFirst) {
			await tab.close().catch(() => undefined);
		}
	}
	await writeFile(`${RESULTS}/r9-${browserName}.json`, JSON.stringify(results, null, 2));
	return results;
}
