// Standalone HTML: the print view in one file, strict CSP first, body sanitised again, metadata as text; briefing packs.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {clipToHtml, EXPORT_CSP, packToHtml} from '../../../src/core/export/to-html.ts';
import {PRINT_CSS} from '../../../src/core/export/print-css.ts';
import {wellFormed} from '../../../src/core/export/well-formed.ts';
import {executableConstructs, parseHtml, unsafeUrls} from './export-checks.ts';
import {germanClip, govukClip, HOSTILE_TITLE, hostileClip, makeClip, NOW, sanitizer} from './export-fixtures.ts';

const options = {now: NOW, sanitizer};

test('the inline stylesheet is the print view\'s own stylesheet', () => {
	assert.ok(clipToHtml(govukClip, options).includes(PRINT_CSS));
});

test('a restrictive CSP meta tag comes first in <head>, before anything it has to govern', () => {
	const html = clipToHtml(govukClip, options);
	const document = parseHtml(html);
	const [first, second] = document.head.children;
	assert.equal(first?.getAttribute('charset'), 'utf-8');
	assert.equal(second?.getAttribute('http-equiv'), 'Content-Security-Policy');
	assert.equal(second?.getAttribute('content'), EXPORT_CSP);
	assert.match(EXPORT_CSP, /default-src 'none'/);
	assert.doesNotMatch(EXPORT_CSP, /script-src|https?:|\*/);
	assert.equal(document.querySelectorAll('link, script, base').length, 0);
});

test('one clip reads like the print view: source header, body, contacts, links with URLs printed', () => {
	const document = parseHtml(clipToHtml(govukClip, options));
	assert.equal(document.title, 'SIN SG facilitates new UK-SG MoU');
	assert.equal(document.documentElement.lang, 'en');
	assert.equal(document.querySelector('.source-header .kicker')?.textContent, 'Foreign & Commonwealth Office · press release');
	assert.equal(document.querySelector('.source-header .dates')?.textContent, 'Published 20 June 2019 · Updated 21 June 2019');
	assert.equal(document.querySelector('.source-url a')?.getAttribute('href'), govukClip.canonicalUrl);
	assert.equal(document.querySelector('.clipped')?.textContent, 'Clipped on 14 January 2026 with GovClip');
	assert.equal(document.querySelector('.article-body h2')?.textContent, 'What the agreement covers');
	assert.deepEqual([...document.querySelectorAll('.contacts tbody td:first-child')].map(cell => cell.textContent),
		['FCO Press Office, Foreign & Commonwealth Office', 'Jane Example, Trade Envoy']);
	assert.deepEqual([...document.querySelectorAll('.links h2')].map(heading => heading.textContent), ['Original source', 'Attachments', 'Related links']);
	assert.deepEqual([...document.querySelectorAll('.links .url')].map(url => url.textContent), govukClip.links.filter(link => link.kind !== 'inline').map(link => link.href));
	assert.equal(document.querySelector('.cover, .toc'), null, 'one clip has no cover');
});

test('a German clip keeps its language and letters', () => {
	const document = parseHtml(clipToHtml(germanClip, options));
	assert.equal(document.documentElement.lang, 'de');
	assert.equal(document.querySelector('h1')?.textContent, germanClip.title);
	assert.match(document.querySelector('.article-body')!.textContent!, /Größere Übungen/);
});

test('a hostile clip: body sanitised again, metadata shown literally, no unsafe URL', () => {
	const unsanitised = {...hostileClip, contentHtml: `${hostileClip.contentHtml}<svg><script>alert(10)</script></svg><iframe src="https://evil.example"></iframe><p style="position:fixed">x</p>`};
	const html = clipToHtml(unsanitised, options);
	const document = parseHtml(html);
	assert.deepEqual(executableConstructs(document.body), []);
	assert.deepEqual(unsafeUrls(document), []);
	assert.equal(document.querySelector('h1')?.textContent, wellFormed(HOSTILE_TITLE));
	assert.equal(document.title, wellFormed(HOSTILE_TITLE).replace(/\s+/g, ' ').trim());
	assert.equal(document.querySelector('.kicker bdi')?.textContent, hostileClip.publisher);
	assert.equal(document.querySelectorAll('.source-header b, .source-header script').length, 0);
	assert.deepEqual([...document.querySelectorAll('.links .url')].map(url => [url.tagName, url.textContent]),
		[['SPAN', 'data:text/html,<script>alert(9)</script>'], ['SPAN', 'javascript:alert(8)']]);
	assert.equal(document.querySelector('.source-url a')?.getAttribute('href'), 'https://evil.example/news');
	assert.ok(document.querySelector('h1 bdi'), 'the RTL override is isolated in <bdi>');
});

test('a briefing pack: cover with title, date and count; contents with working anchors; each clip from a new page', () => {
	const clips = [govukClip, germanClip, hostileClip];
	const html = packToHtml(clips, {...options, title: 'Digital trade: week 3'});
	const document = parseHtml(html);
	assert.equal(document.title, 'Digital trade: week 3');
	assert.equal(document.querySelector('.cover .pack-title')?.textContent, 'Digital trade: week 3');
	assert.equal(document.querySelector('.cover p:nth-of-type(2)')?.textContent, '15 January 2026 · 3 items');
	const anchors = [...document.querySelectorAll('.toc a')].map(anchor => anchor.getAttribute('href')!);
	assert.deepEqual(anchors, ['#item-1', '#item-2', '#item-3', '#contacts']);
	for (const anchor of anchors) {
		assert.ok(document.getElementById(anchor.slice(1)), `${anchor} has a target`);
	}
	assert.deepEqual([...document.querySelectorAll('section.pack-item > article.print-clip h1')].map(heading => heading.textContent?.slice(0, 12)),
		['SIN SG facil', 'Neue Förderr', wellFormed(HOSTILE_TITLE).slice(0, 12)]);
	assert.match(PRINT_CSS, /\.pack-item \{ break-before: page; page-break-before: always; \}/);
	assert.equal(document.querySelectorAll('article[lang="de"]').length, 1);
	assert.deepEqual(executableConstructs(document.body), []);
	assert.deepEqual(unsafeUrls(document), []);
});

test('the contacts appendix lists each contact once across clips, matched by email or phone', () => {
	const desk = {name: 'Press desk', role: null, organisation: null, emails: ['press@dept.example.gov.uk'], phones: [], raw: 'Press desk'};
	const clips = [
		makeClip({title: 'One', contacts: [desk]}),
		makeClip({title: 'Two', contacts: [{...desk, name: null, emails: ['PRESS@dept.example.gov.uk'], phones: ['+44 20 7946 0000']}]}),
		makeClip({title: 'Three', contacts: [{...desk, name: 'Duty press officer', emails: [], phones: ['+442079460000']}, {...desk, name: 'Minister\'s office', emails: ['minister@dept.example.gov.uk']}]}),
	];
	const document = parseHtml(packToHtml(clips, options));
	const rows = [...document.querySelectorAll('.contacts-appendix tbody tr')].map(row => [...row.children].map(cell => cell.textContent));
	assert.deepEqual(rows, [
		['Press desk', 'press@dept.example.gov.uk', '+44 20 7946 0000', '1, 2, 3'],
		['Minister\'s office', 'minister@dept.example.gov.uk', '', '3'],
	]);
	assert.deepEqual([...document.querySelectorAll('.contacts-appendix a[href^="#"]')].map(anchor => anchor.getAttribute('href')), ['#item-1', '#item-2', '#item-3', '#item-3']);
});

test('a pack whose clips have no contacts has no appendix', () => {
	const document = parseHtml(packToHtml([makeClip({title: 'A'}), makeClip({title: 'B'})], options));
	assert.equal(document.querySelector('.contacts-appendix'), null);
	assert.deepEqual([...document.querySelectorAll('.toc a')].map(anchor => anchor.getAttribute('href')), ['#item-1', '#item-2']);
});

test('links in the article are numbered notes, as in the print view: a superscript in the text, the full address after', () => {
	const clip = makeClip({contentHtml: '<p>See the <a href="https://www.gov.uk/guidance/mou">guidance</a>, the <a href="#part-2">second part</a> and <a href="mailto:press@fco.example.gov.uk">email us</a>.</p>'});
	const document = parseHtml(clipToHtml(clip, options));
	assert.equal(document.querySelector('.article-body p')?.textContent, 'See the guidance1, the second part and email us2.');
	assert.deepEqual([...document.querySelectorAll('.endnotes li')].map(item => [item.getAttribute('value'), item.textContent]),
		[['1', 'guidancehttps://www.gov.uk/guidance/mou'], ['2', 'email uspress@fco.example.gov.uk']]);
	assert.equal(document.querySelector('.endnotes h2')?.textContent, 'Links in the text');
	assert.equal(document.querySelector('.endnotes a')?.getAttribute('href'), 'https://www.gov.uk/guidance/mou');
	assert.deepEqual(executableConstructs(document.body), []);
	assert.equal(parseHtml(clipToHtml(makeClip({contentHtml: '<p>No links.</p>'}), options)).querySelector('.endnotes'), null);
});
