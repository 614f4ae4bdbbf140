// Environment: node, linkedom and jsdom documents (jsdom parses inline styles as browsers do).
/** The cheap checks give Readability's own answers, on every element of every fixture page and on edge cases. */
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {Readability} from '@mozilla/readability';
import {JSDOM} from 'jsdom';
import {parseHTML} from 'linkedom';
import {CHEAP_CHECKS, parseArticle} from '../../../src/core/extract/parse-article.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'extract');
const fixtures = readdirSync(root).map(slug => readFileSync(join(root, slug, 'source.html'), 'utf8'));

const EDGE_CASES = `<!doctype html><html><body>
<div style="display: none"><p>gone</p></div><div style="visibility:hidden">hidden</div><div style="color: red">shown</div>
<p hidden>hidden attribute</p><p aria-hidden="true">aria</p><p aria-hidden="true" class="math fallback-image">formula</p>
<p aria-hidden="false">visible</p><span rel="author">Jo Bloggs</span><span itemprop="author creator">A. Writer</span>
<div class="byline">By the press office</div><div class="byline"></div><div id="author-box">${'x'.repeat(120)}</div>
<table align="center" bgcolor="#fff" width="100" height="20" border="1" cellpadding="2"><tr><td valign="top" width="5">cell</td></tr></table>
<img src="a.png" width="10" height="10" hspace="3"><svg class="icon" width="10"><rect width="5" style="fill:red"></rect></svg>
<font face="Arial" color="red" size="2">old</font><center>centred</center><p STYLE="display:none" Align="left">upper</p>
</body></html>`;

const pages = [EDGE_CASES, ...fixtures];
const parsers: Array<[string, (html: string) => Document]> = [
	['linkedom', html => parseHTML(html).document as unknown as Document],
	['jsdom', html => new JSDOM(html).window.document],
];
type Internals = Record<string, (...args: unknown[]) => unknown>;
const original = Readability.prototype as unknown as Internals;
const cheap = CHEAP_CHECKS as unknown as Internals;

test('every method replaced still exists in the Readability this build bundles', () => {
	for (const name of Object.keys(CHEAP_CHECKS)) {
		assert.equal(typeof original[name], 'function', `Readability.prototype.${name}`);
	}
});

for (const [parserName, parse] of parsers) {
	test(`the byline and visibility checks answer as Readability's own on every element (${parserName})`, () => {
		let compared = 0;
		for (const html of pages) {
			const doc = parse(html);
			const reader = new Readability(doc) as unknown as Internals;
			for (const element of doc.querySelectorAll('*')) {
				const matchString = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
				assert.equal(cheap._isValidByline!.call(reader, element, matchString), original._isValidByline!.call(reader, element, matchString), element.outerHTML.slice(0, 120));
				assert.equal(cheap._isProbablyVisible!.call(reader, element), Boolean(original._isProbablyVisible!.call(reader, element)), element.outerHTML.slice(0, 120));
				compared++;
			}
		}
		assert.ok(compared > 2000, `${compared} elements compared`);
	});

	test(`the style clean-up leaves the same tree as Readability's own (${parserName})`, () => {
		for (const html of pages) {
			const [mine, theirs] = [parse(html), parse(html)];
			cheap._cleanStyles!.call(Object.assign(new Readability(mine), CHEAP_CHECKS), mine.body);
			original._cleanStyles!.call(new Readability(theirs), theirs.body);
			assert.equal(mine.body.outerHTML, theirs.body.outerHTML);
		}
	});

	test(`parseArticle finds what plain Readability finds (${parserName})`, () => {
		for (const html of pages) {
			const ours = parseArticle(parse(html));
			const plain = new Readability<Element>(parse(html), {serializer: node => node as Element, keepClasses: true}).parse();
			assert.equal(ours?.content?.outerHTML, plain?.content?.outerHTML);
			const fields = (article: typeof ours) => article && {...article, content: null};
			assert.deepEqual(fields(ours), fields(plain));
		}
	});
}
