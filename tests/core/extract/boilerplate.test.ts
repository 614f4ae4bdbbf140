import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseHTML} from 'linkedom';
import {indexPage} from '../../../src/core/extract/page-index.ts';
import {pruneArticle} from '../../../src/core/extract/prune-article.ts';
import {removeBoilerplate} from '../../../src/core/extract/remove-boilerplate.ts';

const LONG = 'The department announced a new programme to improve water quality in rivers and lakes across the country, with funding for local projects. ';

function cleaned(body: string): string {
	const {document} = parseHTML(`<!doctype html><html><body>${body}</body></html>`);
	const doc = document as unknown as Document;
	removeBoilerplate(doc, indexPage(doc));
	return doc.body.textContent!.replace(/\s+/g, ' ').trim();
}

function pruned(html: string): string {
	const {document} = parseHTML(`<!doctype html><html><body><div id="a">${html}</div></body></html>`);
	const article = document.getElementById('a')!;
	article.remove(); // Readability's article element is detached too
	pruneArticle(article as unknown as Element);
	return article.textContent!.replace(/\s+/g, ' ').trim();
}

test('removes cookie banners, share widgets, breadcrumbs and feedback forms before Readability', () => {
	const text = cleaned(`<div class="cookie-banner">We use cookies. Accept</div><nav class="breadcrumbs">Home › News</nav><main><h1>Title</h1> <p>${LONG}</p><div class="share-links">Share this page Facebook Twitter</div><div class="feedback"><h2>Is this page useful?</h2><button>Yes</button><button>No</button></div></main>`);
	assert.equal(text, `Title ${LONG.trim()}`);
});

test('removes a "Printable version" link and a "Latest News from" list', () => {
	const text = cleaned(`<main><p><a href="?print=1">Printable version</a></p> <h1>Title</h1> <p>${LONG}</p><h3>Latest News from Foreign Office</h3><ul><li><a href="/1">Other item one</a></li><li><a href="/2">Other item two</a></li></ul></main>`);
	assert.equal(text, `Title ${LONG.trim()}`);
});

test('keeps a block whose class mentions sharing when it holds the article', () => {
	const text = cleaned(`<div class="has-share-bar"><p>${LONG}${LONG}</p><p>${LONG}${LONG}</p></div>`);
	assert.ok(text.startsWith('The department'));
});

test('prunes bylines, captions, newsletter boxes and "More from" lists after Readability', () => {
	const text = pruned(`<p class="byline">By Jo Bloggs</p><figure><img src="x.png"><figcaption>A minister</figcaption></figure><p>${LONG}</p><div class="newsletter-signup">Sign up to our newsletter</div><p>Advertisement</p><h3>More from News</h3><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>`);
	assert.equal(text, LONG.trim());
});

test('keeps tables intact, even cells that look like furniture', () => {
	const text = pruned(`<p>${LONG}</p><table><tr><th class="caption">Region</th><th>Share</th></tr><tr><td>North</td><td>12%</td></tr></table>`);
	assert.ok(text.includes('Region') && text.includes('North'));
});

test('a closing-list heading is read by its cleaned length: padded past 60 characters with whitespace, it still goes', () => {
	const padding = ' \n\t'.repeat(30);
	const text = pruned(`<p>${LONG}</p><p>${padding}Related articles${padding}</p><ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>`);
	assert.equal(text, LONG.trim());
	const long = pruned(`<p>${LONG}</p><p>Related articles on the programme to improve water quality in rivers</p><ul><li><a href="/1">One</a></li></ul>`);
	assert.match(long, /Related articles on the programme/, 'a heading of more than 60 characters is text, not a list heading');
});
