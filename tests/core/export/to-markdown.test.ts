// Markdown export: front matter read back by a real YAML parser, the body via turndown, contacts and links sections.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {clipToMarkdown, packToMarkdown} from '../../../src/core/export/to-markdown.ts';
import {htmlToMarkdown} from '../../../src/core/export/html-to-markdown.ts';
import {wellFormed} from '../../../src/core/export/well-formed.ts';
import {executableConstructs, frontMatterOf, renderMarkdown, unsafeUrls} from './export-checks.ts';
import {germanClip, govukClip, HOSTILE_TITLE, hostileClip, makeClip, NOW, sanitizer} from './export-fixtures.ts';

test('front matter holds the clip metadata and parses as YAML 1.2 and 1.1', () => {
	const markdown = clipToMarkdown(govukClip, sanitizer);
	const expected = {
		title: 'SIN SG facilitates new UK-SG MoU',
		department: 'Foreign & Commonwealth Office',
		document_type: 'press release',
		published: '2019-06-20',
		updated: '2019-06-21T09:30:00+01:00',
		url: 'https://www.gov.uk/government/news/sin-sg-facilitates-new-uk-sg-mou',
		clipped: '2026-01-14T09:00:00.000Z',
		tags: ['trade', 'Singapore'],
	};
	assert.deepEqual(frontMatterOf(markdown), expected);
	const old = frontMatterOf(markdown, '1.1'); // YAML 1.1 readers turn plain dates into timestamps
	assert.equal(old.title, expected.title);
	assert.equal(new Date(old.published as Date).toISOString().slice(0, 10), '2019-06-20');
});

test('unknown metadata is left out of the front matter rather than written as empty strings', () => {
	const parsed = frontMatterOf(clipToMarkdown(makeClip({publisher: null, documentType: null, publishedAt: null, tags: []}), sanitizer));
	assert.deepEqual(Object.keys(parsed), ['title', 'url', 'clipped', 'tags']);
	assert.deepEqual(parsed.tags, []);
});

test('a hostile title round-trips through the YAML parser exactly (lone surrogates become U+FFFD)', () => {
	const parsed = frontMatterOf(clipToMarkdown(hostileClip, sanitizer));
	assert.equal(parsed.title, wellFormed(HOSTILE_TITLE));
	assert.ok((parsed.title as string).includes('\u202E'));
	assert.equal(parsed.department, hostileClip.publisher);
	assert.deepEqual(parsed.tags, hostileClip.tags);
	assert.equal('admin' in parsed, false);
	assert.equal(parsed.url, 'https://evil.example/news', 'a javascript: canonical URL is not cited');
});

test('the body keeps headings, lists, emphasis, links and images, and tables become GFM tables', () => {
	const markdown = clipToMarkdown(govukClip, sanitizer);
	assert.match(markdown, /^# SIN SG facilitates new UK-SG MoU$/m);
	assert.match(markdown, /^## What the agreement covers$/m);
	assert.match(markdown, /\*\*memorandum of understanding\*\*/);
	assert.match(markdown, /^-\s+Cross-border _data_ flows$/m);
	assert.match(markdown, /^\| Area \| Lead \|\n\| --- \| --- \|\n\| Standards \| BSI \\\| Enterprise SG \|$/m);
	assert.match(markdown, /\[full text of the MoU\]\(https:\/\/www\.gov\.uk\/government\/publications\/uk-sg-mou\)/);
	assert.match(markdown, /!\[The signing ceremony\]\(https:\/\/assets\.publishing\.service\.gov\.uk\/media\/signing\.jpg\)/);
	const table = renderMarkdown(markdown).querySelector('table');
	assert.deepEqual([...table!.querySelectorAll('td')].map(cell => cell.textContent), ['Standards', 'BSI | Enterprise SG']);
});

test('a table without a heading row is still a table, its first row serving as the heading', () => {
	const markdown = htmlToMarkdown('<table><tr><td>Region</td><td colspan="2">Funding</td></tr><tr><td>North</td><td>£1m</td><td>2025</td></tr></table>', sanitizer);
	assert.equal(markdown, '| Region | Funding |  |\n| --- | --- | --- |\n| North | £1m | 2025 |');
});

test('contacts and related links follow the article, with full URLs', () => {
	const markdown = clipToMarkdown(govukClip, sanitizer);
	const contacts = markdown.slice(markdown.indexOf('## Contacts'), markdown.indexOf('## Related links and attachments'));
	assert.match(contacts, /FCO Press Office, Foreign \\& Commonwealth Office: \[newsdesk@fco\.example\.gov\.uk\]\(mailto:newsdesk@fco\.example\.gov\.uk\), \[\\\+442070081500\]\(tel:\+442070081500\)/);
	assert.match(contacts, /Jane Example, Trade Envoy/);
	const links = markdown.slice(markdown.indexOf('## Related links and attachments'));
	assert.match(links, /### Attachments\n\n- UK-SG MoU on digital trade standards \(PDF, 1\.2 MB, 24 pages\): \[https:\/\/assets\.publishing\.service\.gov\.uk\/media\/uk-sg-mou\.pdf\]/);
	assert.match(links, /### Related links\n\n- UK-Singapore Digital Economy Agreement: \[https:\/\/www\.gov\.uk\/government\/collections\/uk-singapore-dea\]/);
	assert.doesNotMatch(links, /Links in the text|full text of the MoU/, 'inline links stay in the article');
	const rendered = renderMarkdown(markdown);
	const hrefs = [...rendered.querySelectorAll('a')].map(anchor => anchor.getAttribute('href'));
	assert.ok(hrefs.includes('https://assets.publishing.service.gov.uk/media/uk-sg-mou.pdf'));
	assert.ok(hrefs.includes('mailto:newsdesk@fco.example.gov.uk'));
});

test('German text keeps its umlauts and ß, in NFC', () => {
	const markdown = clipToMarkdown({...germanClip, title: germanClip.title.normalize('NFD')}, sanitizer);
	assert.match(markdown, /Größere Übungen werden gefördert\./);
	assert.equal(frontMatterOf(markdown).title, germanClip.title.normalize('NFD'));
	assert.match(markdown, /- Department: Bundesministerium des Innern und für Heimat/);
	assert.match(markdown, /\[Presse@bmi\.example\.bund\.de\]\(mailto:Presse@bmi\.example\.bund\.de\)/);
});

test('hostile content renders as text: no script, no raw HTML, no unsafe link', () => {
	const markdown = clipToMarkdown(hostileClip, sanitizer);
	const rendered = renderMarkdown(markdown);
	assert.deepEqual(executableConstructs(rendered), []);
	assert.deepEqual(unsafeUrls(rendered), []);
	assert.equal(rendered.querySelectorAll('img').length, 0, 'escaped "<img onerror>" text must not become an image');
	assert.match(rendered.body.textContent!, /<img src=x onerror=alert\(5\)>/);
	assert.equal(rendered.querySelector('h1')?.textContent, wellFormed(HOSTILE_TITLE).replace(/\s*\n\s*/g, ' '));
	assert.match(rendered.body.textContent!, /<script>alert\("publisher"\)<\/script> & <b>Co<\/b>/);
});

test('a briefing pack in Markdown: one front matter, a contents list, each clip in turn', () => {
	const markdown = packToMarkdown([govukClip, germanClip, hostileClip], {now: NOW, sanitizer});
	assert.deepEqual(frontMatterOf(markdown), {title: 'Briefing pack', created: '2026-01-15T10:30:00.000Z', items: 3});
	assert.equal(markdown.match(/^---$/gm)?.length, 2, 'only the front matter uses ---');
	assert.match(markdown, /## Contents\n\n1\. SIN SG facilitates new UK-SG MoU \(Foreign \\& Commonwealth Office, 20 June 2019\)\n2\. Neue Förderrichtlinie/);
	const rendered = renderMarkdown(markdown.replace(/^---\n[\s\S]*?\n---\n/, ''));
	assert.deepEqual([...rendered.querySelectorAll('h1')].slice(1).map(heading => heading.textContent?.slice(0, 20)),
		['SIN SG facilitates n', 'Neue Förderrichtlini', wellFormed(HOSTILE_TITLE).replace(/\s*\n\s*/g, ' ').slice(0, 20)]);
	assert.equal(rendered.querySelectorAll('hr').length, 3);
});

test('remote images parked by the sanitiser stay as links, so opening the file loads nothing', async () => {
	const {createNodeSanitizer} = await import('../../../src/cli/node-sanitizer.ts');
	const markdown = htmlToMarkdown('<p><img src="https://x.test/pixel.gif" alt="Chart"></p>', createNodeSanitizer({loadRemoteImages: false}));
	assert.equal(markdown, '[Image: Chart](https://x.test/pixel.gif)');
});
