import {test} from 'node:test';
import assert from 'node:assert/strict';
import {numberLinks} from '../../../src/core/export/link-endnotes.ts';
import {defaultPaper, pageSizeCss} from '../../../src/core/export/paper.ts';
import {createNodeSanitizer} from '../../../src/cli/node-sanitizer.ts';

const sanitizer = createNodeSanitizer();

function numbered(html: string) {
	const fragment = sanitizer.toFragment(html);
	const notes = numberLinks(fragment);
	const div = fragment.ownerDocument.createElement('div');
	div.append(fragment);
	return {notes, html: div.innerHTML, text: div.textContent};
}

test('each link in the text gets a superscript number after it, and a note with its full address', () => {
	const {notes, html, text} = numbered('<p>Read the <a href="https://www.gov.uk/guidance/flood">guidance</a> and the <a href="https://www.gov.uk/report?year=2025#summary">2025 report</a>.</p>');
	assert.equal(text, 'Read the guidance1 and the 2025 report2.');
	assert.match(html, /guidance<\/a><sup class="endnote-ref">1<\/sup>/);
	assert.deepEqual(notes.map(({number, address, label}) => [number, address, label]), [
		[1, 'https://www.gov.uk/guidance/flood', 'guidance'],
		[2, 'https://www.gov.uk/report?year=2025#summary', '2025 report'],
	]);
});

test('the same address twice keeps its first number', () => {
	const {notes, text} = numbered('<p><a href="https://a.gov.uk/x">one</a>, <a href="https://b.gov.uk/">two</a>, <a href="https://a.gov.uk/x">one again</a></p>');
	assert.equal(text, 'one1, two2, one again1');
	assert.equal(notes.length, 2);
});

test('no number for a link that shows its own address, points inside the page, or has no text', () => {
	const {notes, text} = numbered('<p><a href="https://www.gov.uk/flood">www.gov.uk/flood</a> <a href="https://www.gov.uk/">https://www.gov.uk</a> <a href="#history">See all updates</a> <a href="mailto:press@defra.gov.uk">press@defra.gov.uk</a> <a href="https://x.gov.uk/i"><img alt="" src="data:image/png;base64,AA=="></a></p>');
	assert.deepEqual(notes, []);
	assert.equal(text, 'www.gov.uk/flood https://www.gov.uk See all updates press@defra.gov.uk ');
});

test('an email or phone link labelled with a name is noted by its address, without the scheme', () => {
	const {notes} = numbered('<p><a href="mailto:jamie.tan@fco.example.gov.uk?subject=MoU">Email Jamie</a> <a href="tel:+442079460000">call the press office</a></p>');
	assert.deepEqual(notes.map(note => note.address), ['jamie.tan@fco.example.gov.uk', '+442079460000']);
});

test('the paper follows the locale: Letter in the United States and Canada, A4 elsewhere and when unsure', () => {
	assert.equal(defaultPaper('en-US'), 'letter');
	assert.equal(defaultPaper('en-CA'), 'letter');
	assert.equal(defaultPaper('fr-CA'), 'letter');
	assert.equal(defaultPaper('es-MX'), 'letter');
	assert.equal(defaultPaper('en-GB'), 'a4');
	assert.equal(defaultPaper('de-DE'), 'a4');
	assert.equal(defaultPaper('en'), 'a4');
	assert.equal(defaultPaper(''), 'a4');
	assert.equal(defaultPaper('not a locale'), 'a4');
	assert.equal(pageSizeCss('a4'), '@page { size: A4; }');
	assert.equal(pageSizeCss('letter'), '@page { size: letter; }');
});
