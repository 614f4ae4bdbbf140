// The page measure the injection probe and the content script share, on jsdom documents.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {JSDOM} from 'jsdom';
import {MAX_ELEMENTS, measurePage, pageTooLarge} from '../../src/platform/page-size.ts';

const measure = (html: string, textLimit: number, contentType = 'text/html') => {
	const {window} = new JSDOM(html, {contentType});
	return measurePage(textLimit, window.document, window as unknown as Window);
};

test('counts elements and body text, leaving out scripts and styles', () => {
	const size = measure('<!doctype html><head><title>Head text</title><style>p{}</style></head><body><p>Hello <b>there</b></p><script>var x = 1;</script><noscript>on</noscript></body>', 1000);
	assert.deepEqual(size, {contentType: 'text/html', elements: 9, textLength: 'Hello there'.length});
});

test('stops counting text just past the limit', () => {
	const size = measure(`<body>${'<p>0123456789</p>'.repeat(100)}</body>`, 25);
	assert.equal(size.textLength, 30, 'three paragraphs of ten, then it stops');
});

test('page markup cannot shadow what it reads', () => {
	const size = measure('<body><img name="body"><img name="getElementsByTagName"><img name="contentType"><form><input name="nodeName"></form><p>Words</p></body>', 100);
	assert.equal(size.contentType, 'text/html');
	assert.equal(size.textLength, 5);
	assert.equal(size.elements, 9);
});

test('a document without a body has no text', () => {
	assert.deepEqual(measure('<doc><p>x</p></doc>', 100, 'text/xml'), {contentType: 'text/xml', elements: 2, textLength: 0});
});

test('TOO_LARGE names the element count or the text limit, and nothing below both', () => {
	assert.equal(pageTooLarge({contentType: 'text/html', elements: MAX_ELEMENTS, textLength: 100}, 100), null);
	assert.match(pageTooLarge({contentType: 'text/html', elements: 100_008, textLength: 0}, 100)!.message, /100,008 elements/);
	const text = pageTooLarge({contentType: 'text/html', elements: 10, textLength: 2_000_001}, 2_000_000)!;
	assert.equal(text.code, 'TOO_LARGE');
	assert.match(text.message, /more than 2,000,000 characters of text/);
});
