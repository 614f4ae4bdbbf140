import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseHTML} from 'linkedom';
import {findHeadline, stripSiteSuffix} from '../../../src/core/extract/find-headline.ts';
import {indexPage} from '../../../src/core/extract/page-index.ts';

function headline(body: string, references: string[]): string {
	const {document} = parseHTML(`<!doctype html><html><head><title>x</title></head><body>${body}</body></html>`);
	return findHeadline(indexPage(document as unknown as Document), references).title;
}

test('skips visually hidden site names and navigation headings', () => {
	const body = '<h1 class="visually-hidden">Federal Office</h1><nav><h1>Navigation</h1></nav><main><h1>Rivers come back to life</h1><p>Text</p></main>';
	assert.equal(headline(body, ['Rivers come back to life | Federal Office']), 'Rivers come back to life');
});

test('drops a kicker the declared title does not contain', () => {
	const body = '<main><h1><em>Remembrance Day </em>Honouring the victims</h1></main>';
	assert.equal(headline(body, ['Council - Archive - Honouring the victims']), 'Honouring the victims');
});

test('drops a kicker marked up as one', () => {
	const body = '<main><h1><span class="detail__roofline">Food security</span> Minister backs the food programme</h1></main>';
	assert.equal(headline(body, []), 'Minister backs the food programme');
});

test('drops a date printed inside the heading', () => {
	const body = '<main><h1><span class="topline"><span class="date">27.01.2022</span></span>Oil sales November 2021</h1></main>';
	assert.equal(headline(body, ['Office - Statistics - Oil sales November 2021']), 'Oil sales November 2021');
});

test('removes soft hyphens', () => {
	assert.equal(headline('<main><h1>Mes\u00adsen\u00adger</h1></main>', []), 'Messenger');
});

test('uses an h2 when the page has no h1', () => {
	assert.equal(headline('<div id="content"><h2>Minister meets counterparts</h2><p>Text</p></div>', ['Minister meets counterparts – Ministry']), 'Minister meets counterparts');
});

test('strips the site from a declared title', () => {
	assert.equal(stripSiteSuffix('New rules for ponds | GOV.UK', ['GOV.UK']), 'New rules for ponds');
	assert.equal(stripSiteSuffix('Bundesrat - Textarchiv - Erinnerung an die Opfer', ['Bundesrat']), 'Erinnerung an die Opfer');
	assert.equal(stripSiteSuffix('Communiqué : le ministre annonce un plan', ['Ministère']), 'Communiqué : le ministre annonce un plan');
});
