// The content script's guards, on jsdom documents (the content script's code path, minus the browser).
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {JSDOM} from 'jsdom';
import {extractPage, MAX_ELEMENTS} from '../../src/content/extract-page.ts';
import {defuseClobbering} from '../../src/platform/page-copy.ts';
import {AppError} from '../../src/shared/errors.ts';
import {LIMITS} from '../../src/core/clip/check-extraction.ts';

const PROSE = '<p>The department announced a programme of flood defences for twelve communities, with work starting this summer and reports every six months until the schemes are finished.</p>';

function page(body: string, contentType = 'text/html') {
	const {window} = new JSDOM(`<!doctype html><html lang="en"><head><title>Flood defences</title></head><body>${body}</body></html>`, {contentType, url: 'https://www.gov.uk/news/x'});
	return window;
}

test('an article page is extracted, timed, and the live page is left untouched', () => {
	const window = page(`<main><h1>Flood defences</h1>${PROSE.repeat(4)}</main>`);
	const before = window.document.documentElement.outerHTML;
	const {extraction, timings} = extractPage(window.document, window as unknown as Window, {url: 'https://www.gov.uk/news/x', now: 0, mode: 'article'});
	assert.ok(timings.sanitizeMs > 0 && timings.readMs > timings.sanitizeMs, `the read (${timings.readMs} ms) holds the sanitiser's time (${timings.sanitizeMs} ms)`);
	assert.equal(extraction.isArticle, true);
	assert.equal(extraction.title, 'Flood defences');
	assert.equal(window.document.documentElement.outerHTML, before);
});

test('a page over the element budget stops at once with TOO_LARGE', () => {
	const window = page(`<main>${'<span>x</span>'.repeat(MAX_ELEMENTS + 1)}</main>`);
	const started = performance.now();
	assert.throws(() => extractPage(window.document, window as unknown as Window, {url: 'https://a.test/', now: 0, mode: 'article'}),
		(error: unknown) => error instanceof AppError && error.code === 'TOO_LARGE' && /elements/.test(error.message));
	assert.ok(performance.now() - started < 5000, 'the refusal does not read the page');
});

test('a page with more text than a clip holds is refused with TOO_LARGE before it is read', () => {
	const window = page(`<main><h1>Flood defences</h1><p>${'x'.repeat(LIMITS.text + 1)}</p></main>`);
	assert.throws(() => extractPage(window.document, window as unknown as Window, {url: 'https://a.test/', now: 0, mode: 'article'}),
		(error: unknown) => error instanceof AppError && error.code === 'TOO_LARGE' && /characters of text/.test(error.message));
});

test('"Clip selection" on a page too large to clip whole clips the selection', () => {
	const window = page(`<main><h1>Flood defences</h1><p id="keep">${'Selected paragraph about the embankments along the River Kent. '.repeat(6)}</p>${'<span>x</span>'.repeat(MAX_ELEMENTS + 1)}</main>`);
	const range = window.document.createRange();
	range.selectNodeContents(window.document.getElementById('keep')!);
	window.getSelection()!.addRange(range);
	const extraction = extractPage(window.document, window as unknown as Window, {url: 'https://www.gov.uk/news/x', now: 0, mode: 'selection'}).extraction;
	assert.match(extraction.text, /River Kent/);
	assert.equal(extraction.title, 'Flood defences', 'the head is kept');
	assert.throws(() => extractPage(window.document, window as unknown as Window, {url: 'https://www.gov.uk/news/x', now: 0, mode: 'article'}),
		(error: unknown) => error instanceof AppError && error.code === 'TOO_LARGE', 'the whole page is still refused');
});

test('a selection with more text than a clip holds is refused with TOO_LARGE', () => {
	const window = page(`<main><p id="keep">${'x'.repeat(LIMITS.text + 1)}</p></main>`);
	const range = window.document.createRange();
	range.selectNodeContents(window.document.getElementById('keep')!);
	window.getSelection()!.addRange(range);
	assert.throws(() => extractPage(window.document, window as unknown as Window, {url: 'https://a.test/', now: 0, mode: 'selection'}),
		(error: unknown) => error instanceof AppError && error.code === 'TOO_LARGE');
});

test('documents that are not HTML are refused as NOT_HTML', () => {
	const xml = new JSDOM('<doc><p>x</p></doc>', {contentType: 'text/xml'}).window;
	assert.throws(() => extractPage(xml.document, xml as unknown as Window, {url: 'https://a.test/x.xml', now: 0, mode: 'article'}),
		(error: unknown) => error instanceof AppError && error.code === 'NOT_HTML');
});

test('"Clip selection" keeps only the selected text, with the page metadata', () => {
	const window = page(`<main><h1>Flood defences</h1><p id="keep">${'Selected paragraph about the embankments along the River Kent. '.repeat(6)}</p>${PROSE.repeat(3)}</main>`);
	const range = window.document.createRange();
	range.selectNodeContents(window.document.getElementById('keep')!);
	window.getSelection()!.addRange(range);
	const extraction = extractPage(window.document, window as unknown as Window, {url: 'https://www.gov.uk/news/x', now: 0, mode: 'selection'}).extraction;
	assert.match(extraction.text, /River Kent/);
	assert.doesNotMatch(extraction.text, /twelve communities/);
});

test('"Clip selection" takes the department and dates printed around the article, outside the selection', async () => {
	const {readFileSync} = await import('node:fs');
	const url = 'http://127.0.0.1:9/news/digital-services-mou.html';
	const {window} = new JSDOM(readFileSync(new URL('../fixtures/site/news/digital-services-mou.html', import.meta.url), 'utf8'), {url});
	const paragraph = [...window.document.querySelectorAll('p')].find(p => p.textContent!.startsWith('Under the agreement'))!;
	const range = window.document.createRange();
	range.selectNodeContents(paragraph);
	window.getSelection()!.addRange(range);
	const extraction = extractPage(window.document, window as unknown as Window, {url, now: 0, mode: 'selection'}).extraction;
	assert.equal(extraction.publisher, 'Foreign and Commonwealth Office');
	assert.equal(extraction.publishedAt, '2019-06-20');
	assert.equal(extraction.title, 'UK and Singapore sign agreement on digital government services');
	assert.match(extraction.text, /^Under the agreement the two agencies/);
	assert.doesNotMatch(extraction.text, /science and innovation network/);
});

test('DOM clobbering (a form control named parentNode, an image named like a document method) cannot hang or break extraction', () => {
	const window = page(`<main><h1>Flood defences</h1>${PROSE.repeat(4)}<div><form onsubmit="x"><input name="parentNode">123</form></div><form><input name="nextElementSibling"><input id="children"></form><img name="getElementsByTagName" src="a.png"><img name="body" id="documentElement" src="b.png">${PROSE}</main>`);
	const started = performance.now();
	const extraction = extractPage(window.document, window as unknown as Window, {url: 'https://www.gov.uk/news/x', now: 0, mode: 'article'}).extraction;
	assert.ok(performance.now() - started < 5000, 'finishes');
	assert.equal(extraction.isArticle, true);
	assert.match(extraction.text, /flood defences for twelve communities/);
	assert.ok(window.document.querySelector('form input[name=parentNode]'), 'the live page keeps its form');
});

// jsdom does not shadow form.parentNode with a control (Chromium does, and hung in Readability): check the copy's shape.
test('the copy handed to Readability has no forms and no names that shadow document properties', () => {
	const window = page('<div><form><input name="parentNode">123</form></div><img name="getElementsByTagName" src="a.png"><img name="chart" id="body" src="b.png"><p id="intro">x</p>');
	const copy = window.document.cloneNode(true) as Document;
	defuseClobbering(copy, window as unknown as Window);
	assert.equal(copy.querySelectorAll('form').length, 0);
	assert.equal(copy.querySelector('div')!.textContent, '123');
	assert.equal(copy.querySelectorAll('[name=parentNode], [name=getElementsByTagName], [id=body]').length, 0);
	assert.ok(copy.querySelector('img[name=chart]') && copy.getElementById('intro'), 'harmless names and ids stay');
});
