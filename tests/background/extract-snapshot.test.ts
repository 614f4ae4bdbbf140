// Firefox extracts in the background from a snapshot of the page's HTML; Chrome extracts in the content script.
// Both must clip a page alike: checked on every fixture page, on jsdom documents standing in for the page and for
// the background's own realm.
import '../helpers/extension-stub.ts';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {JSDOM} from 'jsdom';
import {isPageSnapshot} from '../../src/shared/messages.ts';

const {extractPage, snapshotPage, MAX_SNAPSHOT_CHARS} = await import('../../src/content/extract-page.ts');
const {extractSnapshot} = await import('../../src/background/extract-snapshot.ts');
const {serializePage, snapshotCopy, snapshotHtml, unpackHtml} = await import('../../src/platform/page-copy.ts');

const FIXTURES = new URL('../fixtures/extract/', import.meta.url);
const fixtureUrl = (html: string) => /url: (\S+)/.exec(html.split('\n', 1)[0]!)?.[1] ?? 'https://www.gov.uk/government/news/x';

/** The background's realm: an empty extension page. */
const background = new JSDOM('<!doctype html><title>background</title>', {url: 'moz-extension://govclip/background.html'}).window as unknown as Window;

function livePage(html: string, url: string) {
	return new JSDOM(html, {url}).window;
}

for (const slug of readdirSync(FIXTURES).sort()) {
	test(`${slug}: the snapshot read in the background gives the clip the content script gives`, () => {
		const html = readFileSync(new URL(`${slug}/source.html`, FIXTURES), 'utf8');
		const url = fixtureUrl(html);
		const inPage = extractPage(livePage(html, url).document, livePage(html, url) as unknown as Window, {url, now: 0, mode: 'article'}).extraction;
		const page = livePage(html, url);
		const snapshot = snapshotPage(page.document, page as unknown as Window, {url, mode: 'article'});
		assert.ok(snapshot && isPageSnapshot(snapshot));
		assert.deepEqual(extractSnapshot(snapshot, background, {now: 0})?.extraction, inPage);
	});
}

const PROSE = '<p>The department announced a programme of flood defences for twelve communities, with work starting this summer and reports every six months until the schemes are finished.</p>';

test('relative links resolve against the page, with or without its own <base>, never against the extension', () => {
	for (const [head, expected] of [['', 'https://www.gov.uk/news/annex.pdf'], ['<base href="/guidance/">', 'https://www.gov.uk/guidance/annex.pdf']] as const) {
		const page = livePage(`<!doctype html><html lang="en"><head>${head}<title>Flood defences</title></head><body><main><h1>Flood defences</h1>${PROSE.repeat(3)}<p>Read <a href="annex.pdf">the annex</a> for the list of schemes and the timetable of the works.</p></main></body></html>`, 'https://www.gov.uk/news/x');
		const snapshot = snapshotPage(page.document, page as unknown as Window, {url: 'https://www.gov.uk/news/x', mode: 'article'})!;
		const clip = extractSnapshot(snapshot, background, {now: 0})!.extraction;
		assert.match(clip.contentHtml, new RegExp(`href="${expected.replaceAll('.', '\\.')}"`), head || 'no <base>');
		assert.doesNotMatch(clip.contentHtml, /moz-extension/);
	}
});

test('"Clip selection" through a snapshot keeps the selected text and takes the page metadata from the whole page', () => {
	const url = 'http://127.0.0.1:9/news/digital-services-mou.html';
	const page = new JSDOM(readFileSync(new URL('../fixtures/site/news/digital-services-mou.html', import.meta.url), 'utf8'), {url}).window;
	const paragraph = [...page.document.querySelectorAll('p')].find(p => p.textContent!.startsWith('Under the agreement'))!;
	const range = page.document.createRange();
	range.selectNodeContents(paragraph);
	page.getSelection()!.addRange(range);
	const snapshot = snapshotPage(page.document, page as unknown as Window, {url, mode: 'selection'})!;
	assert.ok(snapshot.html && snapshot.selectionHtml);
	const clip = extractSnapshot(snapshot, background, {now: 0})!.extraction;
	assert.deepEqual(clip, extractPage(page.document, page as unknown as Window, {url, now: 0, mode: 'selection'}).extraction);
	assert.equal(clip.publisher, 'Foreign and Commonwealth Office');
	assert.match(clip.text, /^Under the agreement the two agencies/);
});

test('a page whose HTML is too big to send gets no snapshot (the content script then extracts it itself)', () => {
	const page = livePage(`<!doctype html><html><head><title>Maps</title></head><body><main><h1>Maps</h1>${PROSE}<img alt="map" src="data:image/png;base64,${'A'.repeat(MAX_SNAPSHOT_CHARS)}"></main></body></html>`, 'https://www.gov.uk/news/maps');
	assert.equal(snapshotPage(page.document, page as unknown as Window, {url: 'https://www.gov.uk/news/maps', mode: 'article'}), null);
});

test('DOM clobbering in the snapshot cannot hang or break extraction in the background', () => {
	const page = livePage(`<!doctype html><html lang="en"><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1>${PROSE.repeat(4)}<div><form><input name="parentNode">123</form></div><img name="getElementsByTagName" src="a.png"><img name="baseURI" id="documentElement" src="b.png">${PROSE}</main></body></html>`, 'https://www.gov.uk/news/x');
	const snapshot = snapshotPage(page.document, page as unknown as Window, {url: 'https://www.gov.uk/news/x', mode: 'article'})!;
	assert.equal(snapshot.baseUri, 'https://www.gov.uk/news/x', 'an image named baseURI does not change the base address');
	const clip = extractSnapshot(snapshot, background, {now: 0})!.extraction;
	assert.equal(clip.isArticle, true);
	assert.match(clip.text, /flood defences for twelve communities/);
});

test('a page whose HTML does not parse back into the same tree is left to the content script', () => {
	const url = 'https://www.gov.uk/news/x';
	const page = livePage(`<!doctype html><html lang="en"><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1>${PROSE.repeat(4)}</main></body></html>`, url);
	// A script can nest paragraphs; a parser never does: written out and read again, the tree would not be the page's.
	const outer = page.document.querySelector('main p')!;
	outer.append(page.document.createElement('p'));
	const snapshot = snapshotPage(page.document, page as unknown as Window, {url, mode: 'article'})!;
	assert.equal(extractSnapshot(snapshot, background, {now: 0}), null);
});

test('a snapshot is checked like any message from a web page', () => {
	assert.equal(isPageSnapshot({url: 'https://a.test/', baseUri: 'https://a.test/', html: '<html></html>', selectionHtml: null}), true);
	assert.equal(isPageSnapshot({url: 'https://a.test/', baseUri: 'https://a.test/', html: new TextEncoder().encode('<html></html>'), selectionHtml: null}), true);
	for (const junk of [null, 'html', {url: 'https://a.test/', baseUri: 'https://a.test/', html: null, selectionHtml: null}, {url: 1, baseUri: '', html: '', selectionHtml: null}, {url: '', baseUri: '', html: {}, selectionHtml: null},
		{url: '', baseUri: '', html: new Uint16Array(4), selectionHtml: null}, {url: '', baseUri: '', html: [60, 104], selectionHtml: null}]) {
		assert.equal(isPageSnapshot(junk), false, JSON.stringify(junk));
	}
});

test('a same-page anchor stays as it is on a page without <base>, as in a copy made in the page', () => {
	const url = 'https://www.gov.uk/news/x';
	const html = `<!doctype html><html lang="en"><head><title>Flood defences</title></head><body><main><h1>Flood defences</h1>${PROSE.repeat(3)}<p>See <a href="#annex">the annex</a> and <a href="?page=2">page two</a> for the list of schemes and the timetable.</p><img src="map.png" srcset="map.png 1x, /img/map-2x.png 2x" alt="Map of the schemes"><h2 id="annex">Annex</h2>${PROSE}</main></body></html>`;
	const page = livePage(html, url);
	const clip = extractSnapshot(snapshotPage(page.document, page as unknown as Window, {url, mode: 'article'})!, background, {now: 0})!.extraction;
	const live = livePage(html, url);
	assert.deepEqual(clip, extractPage(live.document, live as unknown as Window, {url, now: 0, mode: 'article'}).extraction);
	assert.match(clip.contentHtml, /href="#annex"/);
	assert.match(clip.contentHtml, /href="https:\/\/www\.gov\.uk\/news\/x\?page=2"/);
	assert.match(clip.contentHtml, /src="https:\/\/www\.gov\.uk\/news\/map\.png"/);
});

test('every fixture page is written for its snapshot exactly as a copy of it is written, and sent as UTF-8', () => {
	for (const slug of readdirSync(FIXTURES).sort()) {
		const html = readFileSync(new URL(`${slug}/source.html`, FIXTURES), 'utf8');
		const page = livePage(html, fixtureUrl(html));
		const copied = serializePage(snapshotCopy(page.document, page as unknown as Window), page as unknown as Window);
		assert.equal(snapshotHtml(page.document, page as unknown as Window), copied, slug);
		const snapshot = snapshotPage(page.document, page as unknown as Window, {url: fixtureUrl(html), mode: 'article'})!;
		assert.ok(snapshot.html instanceof Uint8Array, slug);
		assert.equal(unpackHtml(snapshot.html), copied, slug);
	}
});

test('a page with <noscript> is written from a copy without the head\'s <noscript> elements', () => {
	const page = livePage(`<!doctype html><html lang="en"><head><noscript><link rel="stylesheet" href="no-js.css"></noscript><title>Flood defences</title></head><body><noscript><img src="https://tracker.test/p.gif"></noscript><main><h1>Flood defences</h1>${PROSE.repeat(3)}</main></body></html>`, 'https://www.gov.uk/news/x');
	const html = snapshotHtml(page.document, page as unknown as Window);
	assert.doesNotMatch(html, /no-js\.css/);
	assert.match(html, /tracker\.test/, 'the body\'s <noscript> stays');
});

test('text UTF-8 cannot carry (a lone surrogate) is sent as it is, and clipped as the content script clips it', () => {
	const url = 'https://www.gov.uk/news/x';
	const html = `<!doctype html><html lang="en"><head><title>Flood \uD800defences</title></head><body><main><h1>Flood \uD800defences</h1>${PROSE.repeat(3)}<p>Schemes \uDC00in twelve communities.</p></main></body></html>`;
	const page = livePage(html, url);
	const snapshot = snapshotPage(page.document, page as unknown as Window, {url, mode: 'article'})!;
	assert.equal(typeof snapshot.html, 'string');
	const clip = extractSnapshot(snapshot, background, {now: 0})!.extraction;
	assert.match(clip.text, /\uDC00/);
	const live = livePage(html, url);
	assert.deepEqual(clip, extractPage(live.document, live as unknown as Window, {url, now: 0, mode: 'article'}).extraction);
});

test('a leading byte order mark in the page\'s text survives the trip as UTF-8', () => {
	assert.equal(unpackHtml(new TextEncoder().encode('\uFEFF<html></html>')), '\uFEFF<html></html>');
});
