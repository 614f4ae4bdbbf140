// The page measure the injection probe and the content script share, on jsdom documents.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {JSDOM} from 'jsdom';
import {MAX_ELEMENTS, measurePage, pageTooLarge} from '../../src/platform/page-size.ts';

const measure = (html: string, contentType = 'text/html') => {
	const {window} = new JSDOM(html, {contentType});
	return measurePage(window.document, window as unknown as Window);
};

test('counts elements and body text, leaving out scripts and styles', () => {
	const size = measure('<!doctype html><head><title>Head text</title><style>p{}</style></head><body><p>Hello <b>there</b></p><script>var x = 1;</script><noscript>on</noscript></body>');
	assert.deepEqual(size, {contentType: 'text/html', elements: 9, textLength: 'Hello there'.length});
});

test('counts text in nested elements once, and only HTML script, style and noscript text is left out', () => {
	const size = measure(`<body>${'<div><p>0123456789<b>ab</b></p></div>'.repeat(100)}<svg><style>svg text</style></svg><script>x</script></body>`);
	assert.equal(size.textLength, 1200 + 'svg text'.length);
});

test('page markup cannot shadow what it reads', () => {
	const size = measure('<body><img name="body"><img name="getElementsByTagName"><img name="contentType"><form><input name="nodeName"></form><p>Words</p></body>');
	assert.equal(size.contentType, 'text/html');
	assert.equal(size.textLength, 5);
	assert.equal(size.elements, 9);
});

test('a document without a body has no text', () => {
	assert.deepEqual(measure('<doc><p>x</p></doc>', 'text/xml'), {contentType: 'text/xml', elements: 2, textLength: 0});
});

test('TOO_LARGE names the element count or the text limit, and nothing below both', () => {
	assert.equal(pageTooLarge({contentType: 'text/html', elements: MAX_ELEMENTS, textLength: 100}, 100), null);
	assert.match(pageTooLarge({contentType: 'text/html', elements: 100_008, textLength: 0}, 100)!.message, /100,008 elements/);
	const text = pageTooLarge({contentType: 'text/html', elements: 10, textLength: 2_000_001}, 2_000_000)!;
	assert.equal(text.code, 'TOO_LARGE');
	assert.match(text.message, /more than 2,000,000 characters of text/);
});
