// S3: the link-scheme matrix on the Markdown and HTML exports: only http(s), mailto, tel (and # in HTML) survive.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {clipToHtml} from '../../../src/core/export/to-html.ts';
import {clipToMarkdown} from '../../../src/core/export/to-markdown.ts';
import {executableConstructs, parseHtml, renderMarkdown, unsafeUrls} from './export-checks.ts';
import {makeClip, NOW, sanitizer} from './export-fixtures.ts';

const TARGETS = [
	'javascript:alert(1)',
	'vbscript:msgbox(1)',
	'data:text/html,<script>alert(1)</script>',
	'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+',
	'blob:https://evil.example/0b6f',
	'file:///etc/passwd',
];

/** Spellings browsers (or HTML parsers) still read as the same scheme. */
const VARIANTS: Record<string, (url: string) => string> = {
	'plain': url => url,
	'upper case': url => url.replace(/^[a-z]+/, scheme => scheme.toUpperCase()),
	'mixed case': url => url.replace(/^[a-z]+/, scheme => [...scheme].map((char, index) => index % 2 ? char.toUpperCase() : char).join('')),
	'leading space': url => `  ${url}`,
	'leading tab and newline': url => `\t\n${url}`,
	'leading control': url => `\u0001${url}`,
	'tab inside the scheme': url => `${url.slice(0, 2)}\t${url.slice(2)}`,
	'newline inside the scheme': url => `${url.slice(0, 3)}\n${url.slice(3)}`,
	'NUL inside the scheme': url => `${url.slice(0, 2)}\u0000${url.slice(2)}`,
	'named entity colon': url => url.replace(':', '&colon;'),
	'decimal entity': url => `&#${url.charCodeAt(0)};${url.slice(1)}`,
	'hex entity colon': url => url.replace(':', '&#x3A;'),
};

const attribute = (value: string) => value.replace(/"/g, '&quot;');

function hostileBody(href: string): string {
	const value = attribute(href);
	return [
		`<p><a href="${value}">anchor</a> <img src="${value}" alt="image"></p>`,
		`<video poster="${value}" src="${value}"></video>`,
		`<form action="${value}"><button formaction="${value}">go</button></form>`,
		`<svg><a xlink:href="${value}"><text>svg</text></a></svg>`,
		`<table><tr><th>h</th></tr><tr><td><a href="${value}">in a cell</a></td></tr></table>`,
	].join('');
}

const cases = Object.entries(VARIANTS).flatMap(([variant, spell]) => TARGETS.map(target => ({name: `${variant}: ${target.slice(0, 24)}`, href: spell(target)})));

test('the matrix has at least 24 variants, and the checks catch an unsafe link when there is one', () => {
	assert.ok(cases.length >= 24, `${cases.length}`);
	assert.notDeepEqual(unsafeUrls(renderMarkdown('[x](javascript:alert(1))')), [], 'marked does not sanitise, so it shows what we write');
	assert.notDeepEqual(unsafeUrls(parseHtml('<a href=" JaVaScRiPt:alert(1)">x</a>')), []);
});

describe('S3 link schemes', () => {
	for (const {name, href} of cases) {
		const clip = makeClip({
			title: 'Scheme test',
			url: href,
			canonicalUrl: href,
			contentHtml: hostileBody(href),
			links: (['related', 'attachment', 'source'] as const).map(kind => ({label: `${kind} link`, href, kind})),
		});
		test(name, () => {
			const markdown = renderMarkdown(clipToMarkdown(clip, sanitizer));
			assert.deepEqual(unsafeUrls(markdown), [], 'markdown');
			assert.deepEqual(executableConstructs(markdown), [], 'markdown');
			const html = parseHtml(clipToHtml(clip, {now: NOW, sanitizer}));
			assert.deepEqual(unsafeUrls(html), [], 'html');
			assert.deepEqual(executableConstructs(html.body), [], 'html');
			assert.equal(html.querySelectorAll('.links li').length, 3, 'the links are still listed, as text');
		});
	}
});

test('safe links of every allowed kind survive in both formats', () => {
	const clip = makeClip({
		contentHtml: '<p><a href="https://www.gov.uk/a">web</a> <a href="mailto:press@x.gov.uk">mail</a> <a href="tel:+442079460000">phone</a></p>',
		links: [{label: 'Attachment', href: 'https://assets.example.gov.uk/file.pdf', kind: 'attachment'}],
	});
	const markdown = renderMarkdown(clipToMarkdown(clip, sanitizer));
	const html = parseHtml(clipToHtml(clip, {now: NOW, sanitizer}));
	for (const document of [markdown, html]) {
		const hrefs = [...document.querySelectorAll('a')].map(anchor => anchor.getAttribute('href'));
		for (const expected of ['https://www.gov.uk/a', 'mailto:press@x.gov.uk', 'tel:+442079460000', 'https://assets.example.gov.uk/file.pdf']) {
			assert.ok(hrefs.includes(expected), `${expected} in ${hrefs.join(' ')}`);
		}
	}
});
