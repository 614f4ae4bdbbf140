import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseHTML} from 'linkedom';
import {readMetadata} from '../../../src/core/extract/metadata.ts';

const now = Date.UTC(2025, 0, 15);

function metadata(head: string, body: string, url = 'https://www.example.gov/news/item') {
	const {document} = parseHTML(`<!doctype html><html lang="en"><head>${head}</head><body>${body}</body></html>`);
	return readMetadata(document as unknown as Document, {url, now});
}

test('reads GOV.UK meta tags for dates, publisher and format', () => {
	const result = metadata(
		'<meta name="govuk:format" content="press_release"><meta name="govuk:first-published-at" content="2024-05-02T10:00:00+01:00"><meta name="govuk:public-updated-at" content="2024-05-03T09:00:00+01:00"><meta name="govuk:primary-publishing-organisation" content="Department for Ponds">',
		'<main><h1>Ponds</h1></main>',
	);
	assert.equal(result.publishedAt, '2024-05-02T10:00:00+01:00');
	assert.equal(result.updatedAt, '2024-05-03T09:00:00+01:00');
	assert.equal(result.publisher, 'Department for Ponds');
	assert.equal(result.documentType, 'press release');
});

test('reads article:published_time written as value= instead of content=', () => {
	assert.equal(metadata('<meta name="article:published_time" value="2016-12-23T16:42:59-05:00">', '<h1>T</h1>').publishedAt, '2016-12-23T16:42:59-05:00');
});

test('reads dcterms for Canada.ca-style pages', () => {
	const result = metadata('<meta name="dcterms.issued" content="2023-02-01"><meta name="dcterms.modified" content="2023-02-08"><meta name="dcterms.creator" content="Health Canada">', '<main><h1>T</h1></main>');
	assert.deepEqual([result.publishedAt, result.updatedAt, result.publisher], ['2023-02-01', '2023-02-08', 'Health Canada']);
});

test('ignores the CMS save time in article:modified_time', () => {
	const result = metadata('<meta property="article:published_time" content="2020-01-01"><meta property="article:modified_time" content="2021-06-01">', '<h1>T</h1>');
	assert.equal(result.updatedAt, null);
});

test('reads labelled visible dates closest to the headline', () => {
	const body = '<main><h1>Plan announced</h1><p>Published: 4 August 2014</p><p>Last updated: 9 September 2016</p><p>Body text.</p></main><aside><h2>Latest</h2><p>Published: 1 January 2020</p></aside>';
	const result = metadata('', body);
	assert.equal(result.publishedAt, '2014-08-04');
	assert.equal(result.updatedAt, '2016-09-09');
});

test('reads German labels and a dateline under the headline', () => {
	assert.equal(metadata('', '<main><h1>Titel</h1><p>Veröffentlicht am 3. Juli 2018</p></main>').publishedAt, '2018-07-03');
	assert.equal(metadata('', '<main><h1>Titel</h1><p><em>10.11.2021</em></p><p>Bis einschließlich 9. November 2021 …</p></main>').publishedAt, '2021-11-10');
	const stand = metadata('', '<main><h1>Titel</h1><p>Stand 27.01.2022</p></main>');
	assert.equal(stand.publishedAt, '2022-01-27'); // "Stand" is the item's date when nothing else is given
});

test('a "Stand" later than the published date is an update', () => {
	const result = metadata('', '<main><h1>Titel</h1><p>Datum: 26. Januar 2022</p><p>Text</p><p>Stand: 2. Februar 2022</p></main>');
	assert.deepEqual([result.publishedAt, result.updatedAt], ['2022-01-26', '2022-02-02']);
});

test('reads French labels', () => {
	const result = metadata('', '<main><h1>Communiqué</h1><p>Publié le 12 mars 2024</p><p>Mis à jour le 14 mars 2024</p></main>');
	assert.deepEqual([result.publishedAt, result.updatedAt], ['2024-03-12', '2024-03-14']);
});

test('reads US numeric dates month first on .gov sites', () => {
	assert.equal(metadata('', '<main><h1>Release</h1><p>Date: 03/07/2018</p></main>', 'https://www.agency.gov/news/1').publishedAt, '2018-03-07');
});

test('resolves a relative date against the clock', () => {
	assert.equal(metadata('', '<main><h1>News</h1><p>Published 1 day ago</p></main>').publishedAt, '2025-01-14');
});

test('takes the issuing departments from a "From:" label, not the hosting site', () => {
	const body = '<main><h1>Report</h1><dl><dt>From:</dt><dd><a href="/a">Monitor</a>, <a href="/b">Care Quality Commission</a></dd></dl></main>';
	assert.equal(metadata('<meta property="og:site_name" content="GOV.UK">', body).publisher, 'Monitor; Care Quality Commission');
});

test('takes the department of a syndicated item, not the syndicating site', () => {
	const body = '<main><p class="dept">Department: Foreign Office</p><h1>Item</h1></main>';
	assert.equal(metadata('<meta property="og:site_name" content="NewsHub">', body).publisher, 'Foreign Office');
});

test('resolves the canonical URL against <base href>', () => {
	const result = metadata('<base href="https://www.example.de/"><link rel="canonical" href="DE/presse/item.html">', '<h1>T</h1>', 'https://www.example.de/x/y.html');
	assert.equal(result.canonicalUrl, 'https://www.example.de/DE/presse/item.html');
});

test('a person in <meta name=author> is a byline; a ministry is not', () => {
	assert.equal(metadata('<meta name="author" content="Jo Bloggs">', '<h1>T</h1>').byline, 'Jo Bloggs');
	assert.equal(metadata('<meta name="author" content="Ministry of Lakes">', '<h1>T</h1>').byline, null);
});
