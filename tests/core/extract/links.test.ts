// Related content, attachments, sources and inline links: one rule per test, on small linkedom documents.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {parseHTML} from 'linkedom';
import {findLinks} from '../../../src/core/extract/links.ts';
import type {ClipLink} from '../../../src/shared/types.ts';

const URL = 'https://www.example.gov.uk/government/news/new-programme';
const PROSE = '<p>The department today announced a new programme of work for the coming year, with funding for local schemes.</p>'.repeat(3);

function page(article: string, {head = '', outside = '', lang = 'en'} = {}): Document {
	const html = `<!doctype html><html lang="${lang}"><head><title>New programme</title>${head}</head><body>
		<a class="skip-link" href="#content">Skip to main content</a>
		<div class="cookie-banner"><a href="/help/cookies">Cookie settings</a></div>
		<header class="site-header"><nav><a href="/">Home</a><a href="/news">News</a></nav><a href="/login">Sign in</a></header>
		<div class="breadcrumbs"><ol><li><a href="/">Home</a></li><li><a href="/government/news">News</a></li></ol></div>
		<main id="content"><article><h1>New programme</h1>${PROSE}${article}</article>${outside}</main>
		<footer class="site-footer"><h2>Related sites</h2><ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
	</body></html>`;
	return parseHTML(html).document as unknown as Document;
}

const related = (links: ClipLink[]) => links.filter(link => link.kind !== 'inline');
const hrefs = (links: ClipLink[]) => links.map(link => link.href);

describe('findLinks', () => {
	test('reads a "Related content" block and leaves out navigation, breadcrumbs, skip, cookie, login and footer links', () => {
		const links = findLinks(page('<h2>Related content</h2><ul><li><a href="/guidance/local-schemes">Local schemes guidance</a></li><li><a href="https://other.example.org/report">Annual report</a></li></ul>'), {url: URL});
		assert.deepEqual(links, [
			{label: 'Local schemes guidance', href: 'https://www.example.gov.uk/guidance/local-schemes', kind: 'related'},
			{label: 'Annual report', href: 'https://other.example.org/report', kind: 'related'},
		]);
	});

	test('reads GOV.UK\'s related navigation, a <nav> labelled "Related content"', () => {
		const nav = '<div class="related-container"><nav role="navigation" class="gem-c-related-navigation" aria-labelledby="related-nav"><h2 id="related-nav">Related content</h2><ul><li><a href="/guidance/a">Guidance A</a></li></ul></nav></div>';
		assert.deepEqual(hrefs(related(findLinks(page('', {outside: nav}), {url: URL}))), ['https://www.example.gov.uk/guidance/a']);
	});

	test('understands German and French labels', () => {
		const german = findLinks(page('<h3>Weitere Informationen</h3><ul><li><a href="/a">A</a></li></ul><p><strong>Mehr zum Thema:</strong></p><ul><li><a href="/b">B</a></li></ul>', {lang: 'de'}), {url: URL});
		assert.deepEqual(related(german).map(link => link.label), ['A', 'B']);
		const french = findLinks(page('<h2>Liens connexes</h2><ul><li><a href="/c">C</a></li></ul>', {lang: 'fr'}), {url: URL});
		assert.deepEqual(related(french).map(link => link.label), ['C']);
	});

	test('reads attachments with the size and page count printed beside them', () => {
		const govuk = `<section class="attachment embedded"><div class="attachment-details">
			<h2 class="title"><a href="/government/uploads/file/1/report.pdf">Annual report 2024</a></h2>
			<p class="metadata"><span class="type">PDF</span>, <span class="file-size">1.2MB</span>, <span class="page-length">24 pages</span></p>
		</div></section>`;
		assert.deepEqual(related(findLinks(page(govuk), {url: URL})), [
			{label: 'Annual report 2024', href: 'https://www.example.gov.uk/government/uploads/file/1/report.pdf', kind: 'attachment', details: 'PDF, 1.2MB, 24 pages'},
		]);
	});

	test('takes file facts out of the label: "Press release (PDF, 298KB)"', () => {
		const links = findLinks(page('<h2>Pressemitteilung als PDF</h2><ul><li><a href="/SharedDocs/pm.pdf?__blob=publicationFile&amp;v=2">Press release (PDF, 298KB)</a></li></ul>'), {url: URL});
		assert.deepEqual(related(links), [{label: 'Press release', href: 'https://www.example.gov.uk/SharedDocs/pm.pdf?__blob=publicationFile&v=2', kind: 'attachment', details: 'PDF, 298KB'}]);
	});

	test('treats Government Site Builder blobs and downloads as attachments, and images as neither', () => {
		const links = findLinks(page('<p>Read the <a href="/SharedDocs/Downloads/report.html?__blob=publicationFile">full report</a> and see the <a href="/photo.jpg">photo</a> of the launch event today.</p>'), {url: URL});
		assert.deepEqual(links.map(link => [link.label, link.kind]), [['full report', 'attachment'], ['photo', 'inline']]);
	});

	test('reads the original source from WiredGov-style labels', () => {
		const source = '<dl><dt>Channel website:</dt><dd><a href="https://www.gov.uk/government/organisations/fco">https://www.gov.uk/government/organisations/fco</a></dd><dt>Original article link:</dt><dd><a href="https://www.gov.uk/government/news/mou">https://www.gov.uk/government/news/mou</a></dd></dl>';
		assert.deepEqual(related(findLinks(page(source), {url: URL})).map(link => link.kind), ['source', 'source']);
		const inline = findLinks(page('<p>Source: <a href="https://www.example.de/pm/1">Bundesministerium für Beispiele</a></p>'), {url: URL});
		assert.deepEqual(inline.map(link => link.kind), ['source']);
	});

	test('keeps inline body links as "inline"', () => {
		const links = findLinks(page('<p>The scheme builds on the <a href="/policy/local-growth">local growth policy</a> published last year by the department.</p>'), {url: URL});
		assert.deepEqual(links, [{label: 'local growth policy', href: 'https://www.example.gov.uk/policy/local-growth', kind: 'inline'}]);
	});

	test('resolves relative links against <base href>', () => {
		const links = findLinks(page('<h2>See also</h2><ul><li><a href="Web/DE/pm_1.html?nn=1">Nr. 1</a></li></ul>', {head: '<base href="https://www.bundespolizei.example/">'}), {url: URL});
		assert.deepEqual(hrefs(links), ['https://www.bundespolizei.example/Web/DE/pm_1.html?nn=1']);
	});

	test('leaves out share buttons, social profiles, feedback and same-page anchors', () => {
		const furniture = `
			<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a><a href="mailto:?subject=x">Email</a></div>
			<p>Follow us on <a href="https://twitter.com/examplegov">Twitter</a> and read the <a href="#section-2">second section</a> of this page.</p>
			<div class="feedback"><h2>Is this page useful?</h2><a href="/contact/feedback">Yes</a><a href="/contact/feedback?no">No</a></div>
			<h2>Related content</h2><ul><li><a href="${URL}#top">Back to top</a></li><li><a href="https://twitter.com/intent/tweet?text=x">Tweet</a></li></ul>`;
		assert.deepEqual(findLinks(page(furniture), {url: URL}), []);
	});

	test('deduplicates by href: the stronger kind and the better label win', () => {
		const html = '<p>See the <a href="/report.pdf">report</a> for details of the scheme and its funding.</p><h2>Related content</h2><ul><li><a href="/guide">Read more</a></li><li><a href="/guide">Local schemes guide</a></li></ul>';
		assert.deepEqual(findLinks(page(html), {url: URL}).map(link => [link.label, link.kind]), [['report', 'attachment'], ['Local schemes guide', 'related']]);
	});

	test('strips screen-reader suffixes and kickers from labels', () => {
		const html = '<h2>Siehe auch</h2><ul><li><a href="/a">Hunger beseitigen <span class="sr-only">Interner Link</span></a></li><li><a href="/b"><div class="related-label">Related</div><div>Investment week</div></a></li></ul>';
		assert.deepEqual(findLinks(page(html), {url: URL}).map(link => link.label), ['Hunger beseitigen', 'Investment week']);
	});

	test('reads a list made only of links in the body as related content', () => {
		const html = '<p>Cabinet members shared their reflections this week. Take a look at their videos.</p><ul><li><a href="/blog/a">Secretary A</a></li><li><a href="/blog/b">Secretary B</a></li></ul>';
		assert.deepEqual(related(findLinks(page(html), {url: URL})).map(link => link.label), ['Secretary A', 'Secretary B']);
	});

	test('reads a titled card of another item inside the article, but not untitled promos', () => {
		const card = '<section><h2>Project profile</h2><article><h3><a href="/projects/river">River project</a></h3><p>Summary.</p></article></section>';
		const promo = '<div class="evergreen"><article><a href="/sotu"><h2>State of the Union</h2></a></article></div>';
		assert.deepEqual(related(findLinks(page(card + promo), {url: URL})).map(link => link.label), ['River project']);
	});

	test('reads related stories in a sidebar labelled as such', () => {
		const aside = '<aside><div class="block"><h2>Related Stories</h2><div class="view"><article class="teaser"><h2><a href="/story/one">Story one</a></h2></article><article class="teaser"><h2><a href="/story/two">Story two</a></h2></article></div></div><div class="block"><h2>Topics</h2><a href="/topics/climate">Climate</a></div></aside>';
		assert.deepEqual(related(findLinks(page('', {outside: aside}), {url: URL})).map(link => link.label), ['Story one', 'Story two']);
	});
});
