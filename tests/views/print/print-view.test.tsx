import '../../helpers/register-dom.ts';
import {afterEach, beforeEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup, fireEvent, render, screen} from '@testing-library/preact';
import {PrintView} from '../../../src/views/print/print-view.tsx';
import {PaperSwitch} from '../../../src/views/print/paper-switch.tsx';
import type {Sanitizer} from '../../../src/core/sanitize/sanitizer.ts';
import type {Clip} from '../../../src/shared/types.ts';
import {makeExtraction} from '../../helpers/make-extraction.ts';

afterEach(cleanup);

// DOMPurify does not run on happy-dom; this test's HTML is its own, and the sanitiser has tests of its own.
const trusting: Sanitizer = {
	toHtml: html => html,
	toFragment: html => {
		const template = document.createElement('template');
		template.innerHTML = html;
		return template.content;
	},
};
beforeEach(() => {
	localStorage.clear();
	document.getElementById('paper-size')?.remove();
});

const CLIP: Clip = {
	...makeExtraction({
		contentHtml: '<p>Read the <a href="https://www.gov.uk/guidance/coastal-fund">fund guidance</a> or <a href="https://www.gov.uk/apply">apply now</a>; the <a href="https://www.gov.uk/guidance/coastal-fund">guidance</a> explains who can.</p>',
		links: [{label: 'Coastal fund guidance', href: 'https://www.gov.uk/guidance/coastal-fund', kind: 'related'}],
	}),
	id: 7, clippedAt: Date.UTC(2026, 1, 4), tags: [], note: '', contentHash: 'h', version: 1,
};

test('links in the article print as superscript numbers with a "Links in the text" list of full addresses', () => {
	const {container} = render(<PrintView clip={CLIP} sanitizer={trusting}/>);
	assert.equal(container.querySelector('.article-body p')?.textContent, 'Read the fund guidance1 or apply now2; the guidance1 explains who can.');
	const notes = screen.getByRole('heading', {name: 'Links in the text'}).closest('section')!;
	assert.deepEqual([...notes.querySelectorAll('li')].map(item => [item.getAttribute('value'), item.querySelector('.url')?.textContent]),
		[['1', 'https://www.gov.uk/guidance/coastal-fund'], ['2', 'https://www.gov.uk/apply']]);
	// Related links are still listed with their addresses, after the contacts.
	assert.equal(container.querySelector('.links .url')?.textContent, 'https://www.gov.uk/guidance/coastal-fund');
	const order = [...container.querySelectorAll('.article-body, .endnotes, .contacts, .links')].map(element => element.className);
	assert.deepEqual(order, ['article-body', 'endnotes', 'contacts', 'links']);
});

test('without a sanitiser the article is text only, with no notes', () => {
	const {container} = render(<PrintView clip={CLIP} sanitizer={null}/>);
	assert.equal(container.querySelector('.article-body a'), null);
	assert.equal(container.querySelector('.endnotes'), null);
});

test('the paper switch sets the @page size and remembers the choice', () => {
	render(<PaperSwitch/>);
	const a4 = screen.getByRole('radio', {name: 'A4'}) as HTMLInputElement;
	const letter = screen.getByRole('radio', {name: 'US Letter'}) as HTMLInputElement;
	assert.ok(screen.getByRole('group', {name: 'Paper'}));
	assert.equal(a4.checked !== letter.checked, true, 'one is chosen from the locale');
	fireEvent.click(letter);
	fireEvent.change(letter);
	assert.equal(document.getElementById('paper-size')?.textContent, '@page { size: letter; }');
	assert.equal(localStorage.getItem('govclip.paper'), 'letter');
	cleanup();
	render(<PaperSwitch/>);
	assert.ok((screen.getByRole('radio', {name: 'US Letter'}) as HTMLInputElement).checked, 'remembered');
	fireEvent.click(screen.getByRole('radio', {name: 'A4'}));
	fireEvent.change(screen.getByRole('radio', {name: 'A4'}));
	assert.equal(document.getElementById('paper-size')?.textContent, '@page { size: A4; }');
});
