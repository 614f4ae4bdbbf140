// S5 in Node: ten CSS payloads (tracking beacons, fixed overlays) in an article page, through the real extraction and
// the clip sanitiser: the stored HTML keeps the article's text and none of the CSS, nor any address it would load.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {parseHTML} from 'linkedom';
import {createNodeSanitizer} from '../../../src/cli/node-sanitizer.ts';
import {extractClip} from '../../../src/core/extract/extract-clip.ts';
import {cssHostileArticle} from '../../e2e/lib/css-payloads.mjs';

const beacon = (name: string) => `https://beacon.example/${name}.css`;

test('CSS payloads: the clip keeps every paragraph and no style, stylesheet, SVG or beacon address', () => {
	const {payloads, html} = cssHostileArticle(beacon);
	assert.equal(payloads.length, 10);
	const {document} = parseHTML(html);
	const clip = extractClip(document as unknown as Document, {url: 'https://council.example/news/transport', now: Date.UTC(2026, 0, 1), sanitizer: createNodeSanitizer()});
	for (let n = 1; n <= payloads.length + 1; n++) {
		assert.match(clip.text, new RegExp(`S5 paragraph ${n}:`), `paragraph ${n} kept`);
	}
	assert.doesNotMatch(clip.contentHtml, /<style|style=|<link|<svg|@import|font-face|image-set|url\(/i);
	assert.doesNotMatch(clip.contentHtml, /beacon\.example/);
	assert.doesNotMatch(clip.text, /beacon\.example|@import|position:fixed/, 'CSS never becomes article text either');
});

test('CSS payloads sanitised one by one: nothing of any of them survives but its text', () => {
	const sanitizer = createNodeSanitizer();
	for (const {name, html} of cssHostileArticle(beacon).payloads) {
		const out = sanitizer.toHtml(html);
		assert.doesNotMatch(out, /<style|style=|<link|<svg|beacon\.example|url\(/i, name);
	}
});
