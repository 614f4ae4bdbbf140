import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseHTML} from 'linkedom';
import {createNodeSanitizer} from '../../../src/cli/node-sanitizer.ts';
import {extractClip} from '../../../src/core/extract/extract-clip.ts';

const sanitizer = createNodeSanitizer();
const LONG = 'The department announced a new programme to improve water quality in rivers and lakes across the country, with funding for local projects and a consultation that runs until the spring. ';

function extract(body: string, url: string, head = '') {
	const {document} = parseHTML(`<!doctype html><html lang="en"><head><title>Site</title>${head}</head><body>${body}</body></html>`);
	return extractClip(document as unknown as Document, {url, now: 0, sanitizer});
}

const teasers = Array.from({length: 8}, (_, i) => `<article><h3><a href="/news/${i}">News item number ${i} about ponds</a></h3><p>Teaser text for item ${i}, a sentence or two long, as listings print them.</p></article>`).join('');

test('a page with an article is an article', () => {
	const result = extract(`<main><h1>Ponds</h1><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></main>`, 'https://www.example.gov/news/ponds');
	assert.equal(result.isArticle, true);
	assert.equal(result.reason, undefined);
});

test('a list of news items is not an article, and says so', () => {
	const result = extract(`<main><h1>News</h1>${teasers}</main>`, 'https://www.example.gov/news');
	assert.equal(result.isArticle, false);
	assert.equal(result.reason, 'This is a list of news items, not an article.');
});

test('a search results page is not an article', () => {
	const result = extract(`<main><h1>Search</h1><form><input type="search" name="q" value="ponds"></form>${teasers}</main>`, 'https://www.example.gov/search?q=ponds');
	assert.match(result.reason ?? '', /search results/);
});

test('a home page is not an article', () => {
	const result = extract(`<main><h1>Welcome</h1>${teasers}</main>`, 'https://www.example.gov/');
	assert.match(result.reason ?? '', /home page/);
});

test('a home page whose only prose is a short welcome blurb is not an article', () => {
	const list = Array.from({length: 3}, (_, i) => `<li><a href="/news/${i}.html">Headline of news item ${i}</a> — Press release, 12 March 2026</li>`).join('');
	const result = extract(`<header><h1>Newsroom</h1><p>Welcome to the newsroom of the department, where we publish our press releases.</p></header><main><h2>Latest news</h2><ul>${list}</ul></main>`, 'https://www.example.gov/');
	assert.match(result.reason ?? '', /home page/);
});

test('an empty page is not an article', () => {
	assert.equal(extract('<p>Hi</p>', 'https://www.example.gov/x').reason, 'No article text found on this page.');
});

test('never modifies anything but the document it was given', () => {
	const html = `<!doctype html><html><body><main><h1>Ponds</h1><p>${LONG}</p></main></body></html>`;
	const original = parseHTML(html).document;
	const copy = original.cloneNode(true) as unknown as Document;
	extractClip(copy, {url: 'https://www.example.gov/news/ponds', now: 0, sanitizer});
	assert.equal(original.documentElement.outerHTML.length, parseHTML(html).document.documentElement.outerHTML.length);
});

test('a login wall (a sign-in form and a line of text) is not an article; an article with a sign-in box still is', () => {
	const wall = extract('<main><h1>Sign in</h1><form><label>Email <input type="email"></label><label>Password <input type="password"></label><button>Sign in</button></form><p>You must sign in to read this page.</p></main>', 'https://intranet.example.gov/news/budget');
	assert.equal(wall.isArticle, false);
	assert.match(wall.reason ?? '', /sign in/);
	const article = extract(`<header><form><input type="password"></form></header><main><h1>Ponds</h1><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p><p>${LONG}</p></main>`, 'https://www.example.gov/news/ponds');
	assert.equal(article.isArticle, true);
	// A short news item under a site menu whose drop-down holds the sign-in form.
	const short = extract(`<div class="navbar"><ul class="nav"><li class="dropdown"><div class="dropdown-menu"><form><input type="password"></form></div></li></ul></div><main><h1>Ponds</h1><p>${LONG}</p><p>${LONG}</p></main>`, 'https://www.example.gov/news/ponds');
	assert.equal(short.isArticle, true, short.reason);
});

test('a "page not found" error page is not an article', () => {
	const {document} = parseHTML('<!doctype html><html><head><title>Page not found</title></head><body><main><h1>Page not found</h1><p>If you typed the web address, check it is correct. If you pasted the web address, check you copied the entire address.</p></main></body></html>');
	const result = extractClip(document as unknown as Document, {url: 'https://www.example.gov/news/missing', now: 0, sanitizer});
	assert.equal(result.isArticle, false);
	assert.match(result.reason ?? '', /page not found/);
});
