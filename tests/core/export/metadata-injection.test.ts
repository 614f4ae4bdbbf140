// S4: hostile titles and departments are shown literally in every export, front matter parses, names stay valid.
import {describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {Cite} from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-csl';
import {exportClips} from '../../../src/core/export/export-clips.ts';
import {risCorporateAuthor} from '../../../src/core/export/to-ris.ts';
import {oneLine, wellFormed} from '../../../src/core/export/well-formed.ts';
import {executableConstructs, fileNameProblems, frontMatterOf, parseCsv, parseHtml, renderMarkdown, unsafeUrls} from './export-checks.ts';
import {makeClip, NOW, sanitizer} from './export-fixtures.ts';
import type {Clip} from '../../../src/shared/types.ts';

const PAYLOADS: Record<string, string> = {
	'html': '<b>bold</b> <img src=x onerror=alert(1)> <a href="javascript:alert(2)">x</a>',
	'script': '<script>alert("title")</script>',
	'entities': '&lt;b&gt;not bold&lt;/b&gt; &amp;amp; &#x3C;i&#x3E;',
	'yaml break': 'Title: "quoted"\n---\nadmin: true\n---\n# Heading',
	'rtl override': 'Invoice \u202Egnp.exe and more',
	'10 kB': `${'Long title with words '.repeat(465)}end`,
	'lone surrogate': 'Lone \uD800 high and \uDFFF low',
	'NUL': 'Before\u0000after',
};

// What each format may do to any text: well-formed Unicode; controls shown as U+FFFD in HTML and Markdown.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const htmlText = (text: string) => wellFormed(text).replace(CONTROL, '\uFFFD');

const options = {now: NOW, sanitizer};
const contents = (clip: Clip, format: Parameters<typeof exportClips>[1]) => exportClips([clip], format, options).contents;
const cslOf = (text: string) => (new Cite(text).data as Array<{title: string; author: Array<{literal?: string; family?: string}>}>)[0]!;

test('the payloads cover the eight S4 kinds, the long one over 10 kB', () => {
	assert.equal(Object.keys(PAYLOADS).length, 8);
	assert.ok(PAYLOADS['10 kB']!.length > 10_000);
});

for (const [kind, payload] of Object.entries(PAYLOADS)) {
	for (const field of ['title', 'publisher'] as const) {
		describe(`S4 ${kind} in the ${field}`, () => {
			const clip = makeClip({[field]: payload, documentType: 'press release'});

			test('markdown: front matter parses and round-trips; the rendered page shows the text, runs nothing', () => {
				const markdown = contents(clip, 'markdown');
				const front = frontMatterOf(markdown);
				assert.equal(front[field === 'title' ? 'title' : 'department'], wellFormed(payload));
				assert.equal(frontMatterOf(markdown, '1.1')[field === 'title' ? 'title' : 'department'], wellFormed(payload));
				assert.equal('admin' in front, false);
				const rendered = renderMarkdown(markdown);
				assert.deepEqual(executableConstructs(rendered), []);
				assert.deepEqual(unsafeUrls(rendered), []);
				const shown = field === 'title'
					? rendered.querySelector('h1')?.textContent
					: [...rendered.querySelectorAll('li')].find(item => item.textContent?.startsWith('Department: '))?.textContent?.slice('Department: '.length);
				assert.equal(shown, oneLine(payload));
			});

			test('html: shown as text in the header and <title>, no element injected', () => {
				const document = parseHtml(contents(clip, 'html'));
				assert.deepEqual(executableConstructs(document), []);
				assert.deepEqual(unsafeUrls(document), []);
				const shown = field === 'title' ? document.querySelector('h1 bdi') : document.querySelector('.kicker bdi');
				assert.equal(shown?.textContent, htmlText(payload));
				assert.equal(shown?.children.length, 0);
				assert.equal(document.querySelectorAll('.source-header b, .source-header i, .source-header a:not([href^="https:"])').length, 0);
				if (field === 'title') {
					assert.equal(document.title, htmlText(payload).replace(/[\t\n\f\r ]+/g, ' ').trim());
				}
			});

			test('csv: the cell holds the text', () => {
				const [, row] = parseCsv(contents(clip, 'csv').slice(1));
				assert.equal(row?.[field === 'title' ? 0 : 1], wellFormed(payload).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD'));
			});

			test('citations: RIS, BibTeX and CSL-JSON read back with the same one-line text', () => {
				for (const format of ['ris', 'bibtex', 'csl-json'] as const) {
					const item = cslOf(contents(clip, format));
					if (field === 'title') {
						assert.equal(item.title, oneLine(payload), format);
					} else {
						// RIS drops commas from a corporate author (Zotero would split the name there).
						const expected = format === 'ris' ? risCorporateAuthor(oneLine(payload)) : oneLine(payload);
						assert.equal(item.author[0]?.literal ?? item.author[0]?.family, expected, format);
					}
				}
			});

			test('file name: valid on every OS', () => {
				for (const format of ['markdown', 'html', 'csv', 'ris', 'bibtex', 'csl-json', 'json'] as const) {
					const {fileName} = exportClips([clip], format, options);
					assert.deepEqual(fileNameProblems(fileName, fileName.split('.').pop()!), [], fileName);
				}
			});
		});
	}
}
