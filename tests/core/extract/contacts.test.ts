// Contacts attached to an article: one rule per test, on small linkedom documents.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {parseHTML} from 'linkedom';
import {findContacts} from '../../../src/core/extract/contacts.ts';

const PROSE = '<p>The department today announced a new programme of work for the coming year, with funding for local schemes.</p>'.repeat(3);

function page(article: string, {lang = 'en', outside = ''} = {}): Document {
	const html = `<!doctype html><html lang="${lang}"><head><title>Test</title></head><body>
		<header class="site-header"><a href="/">Home</a></header>
		<main><article><h1>A new programme for local schemes</h1>${PROSE}${article}</article>${outside}</main>
		<footer class="site-footer"><h2>Contact us</h2><p>Switchboard: 020 7946 0000</p><p><a href="mailto:enquiries@example.gov.uk">enquiries@example.gov.uk</a></p></footer>
	</body></html>`;
	return parseHTML(html).document as unknown as Document;
}

const find = (doc: Document, url = 'https://www.gov.uk/government/news/x') => findContacts(doc, {url});

describe('findContacts', () => {
	test('reads a "Media enquiries" block with its email and phone, in E.164 for the page country', () => {
		const contacts = find(page('<h2>Media enquiries</h2><p>Email: <a href="mailto:press@example.gov.uk">press@example.gov.uk</a></p><p>Telephone: 020 7946 0123</p>'));
		assert.equal(contacts.length, 1);
		assert.deepEqual(contacts[0]!.emails, ['press@example.gov.uk']);
		assert.deepEqual(contacts[0]!.phones, ['+442079460123']);
		assert.match(contacts[0]!.raw, /020 7946 0123/);
	});

	test('a desk named in one line with its email and phone keeps no stray punctuation', () => {
		const [contact] = find(page('<h2>Notes to editors</h2><p>Media enquiries: Defra press office, <a href="mailto:newsdesk@defra.example.gov.uk">newsdesk@defra.example.gov.uk</a>, telephone 020 7946 0123. Out of hours: 07700 900123.</p>'));
		assert.equal(contact?.organisation, 'Defra press office');
		assert.deepEqual(contact?.phones, ['+442079460123', '+447700900123']);
	});

	test('a mailto link labelled "Email Jamie" gives the address, not an organisation called Jamie', () => {
		const [contact] = find(page('<p>Contact: Jamie Tan, Science and Innovation Officer, <a href="mailto:jamie.tan@fco.example.gov.uk">Email Jamie</a></p>'));
		assert.equal(contact?.name, 'Jamie Tan');
		assert.equal(contact?.role, 'Science and Innovation Officer');
		assert.equal(contact?.organisation, null);
		assert.deepEqual(contact?.emails, ['jamie.tan@fco.example.gov.uk']);
	});

	test('ignores the site-wide footer contact', () => {
		assert.deepEqual(find(page('')), []);
	});

	test('reads a lead-in "For media queries, please contact:" and the person lines after it', () => {
		const contacts = find(
			page('<p>For media queries, please contact:</p><p>Tan Wei Ming<br>Senior Manager, Communications<br>Government Technology Agency<br>Tel: 6211 0888<br>Email: tan_wei_ming@tech.gov.sg</p>'),
			'https://www.tech.gov.sg/media/releases/x',
		);
		assert.equal(contacts.length, 1);
		assert.equal(contacts[0]!.name, 'Tan Wei Ming');
		assert.equal(contacts[0]!.role, 'Senior Manager, Communications');
		assert.equal(contacts[0]!.organisation, 'Government Technology Agency');
		assert.deepEqual(contacts[0]!.phones, ['+6562110888']);
		assert.deepEqual(contacts[0]!.emails, ['tan_wei_ming@tech.gov.sg']);
	});

	test('reads "Contact: name" on one line, even without an address or number', () => {
		const contacts = find(page('<p>Contact: Zhen Hanbin</p>'));
		assert.equal(contacts[0]?.name, 'Zhen Hanbin');
	});

	test('splits a block naming several people into several contacts', () => {
		const contacts = find(
			page('<h3>Press contacts:</h3><ul><li>Anna SCHMIDT (+32 2 298 12 34)</li><li>Luca ROSSI (+32 2 295 67 89)</li></ul>'),
			'https://ec.europa.eu/commission/presscorner/detail/en/ip_25_1',
		);
		assert.deepEqual(contacts.map(contact => [contact.name, contact.phones]), [
			['Anna SCHMIDT', ['+3222981234']],
			['Luca ROSSI', ['+3222956789']],
		]);
	});

	test('decodes spelled-out addresses: "[at] … dot …" and "(at)"', () => {
		const contacts = find(page('<h2>Press office</h2><p>jane.doe [at] example dot gov dot uk</p><p>presse(at)bmz.bund.de</p>'));
		assert.deepEqual(contacts.flatMap(contact => contact.emails), ['jane.doe@example.gov.uk', 'presse@bmz.bund.de']);
	});

	test('takes the address from a mailto link whose text is not an address', () => {
		const contacts = find(page('<h2>Media enquiries</h2><p><a href="mailto:newsdesk@example.gov.uk?subject=Query">Email the newsdesk</a></p>'));
		assert.deepEqual(contacts[0]?.emails, ['newsdesk@example.gov.uk']);
	});

	test('prefers the address the reader sees when a mailto link points elsewhere', () => {
		const contacts = find(page('<h2>Kontakt</h2><p><a href="mailto:old.editor@example.de">presse@example.de</a></p>'), 'https://www.example.de/x');
		assert.deepEqual(contacts[0]?.emails, ['presse@example.de']);
	});

	test('decodes TYPO3 encrypted mailto links', () => {
		const contacts = find(
			page(`<h3>Rückfragehinweis</h3><p><a href="javascript:linkTo_UnCryptMailto('ocknvq,rtguugBdogkc0ix0cv');">Email: Kontakt aufnehmen</a></p>`, {lang: 'de'}),
			'https://www.example.gv.at/x',
		);
		assert.deepEqual(contacts[0]?.emails, ['presse@bmeia.gv.at']);
	});

	test('ignores share links (mailto:?subject=…) and newsletter sign-ups', () => {
		const contacts = find(
			page('<div class="share-links"><a href="mailto:?subject=Look&body=https://x">Email</a></div><div class="newsletter-signup"><h2>Contact preferences</h2><p>Write to news@example.gov.uk to subscribe</p></div>'),
		);
		assert.deepEqual(contacts, []);
	});

	test('leaves out fax numbers but keeps out-of-hours lines', () => {
		const contacts = find(page('<h2>Press office</h2><p>Telephone: 020 7946 0123</p><p>Fax: 020 7946 0999</p><p>Out of hours: 020 7946 0456</p>'));
		assert.deepEqual(contacts[0]?.phones, ['+442079460123', '+442079460456']);
	});

	test('trusts a bare "Contact" heading only inside the article', () => {
		const sidebar = '<div class="context-column"><h2>Kontakt</h2><p>Tel. +41 58 462 20 07</p></div>';
		assert.deepEqual(find(page('', {outside: sidebar}), 'https://www.example.admin.ch/x'), []);
		const inside = find(page('<h2>Kontakt</h2><p>Tel. +41 58 462 20 07</p>'), 'https://www.example.admin.ch/x');
		assert.deepEqual(inside[0]?.phones, ['+41584622007']);
	});

	test('trusts a press label just after the article, but not in the footer', () => {
		const after = '<section><h2>Pressekontakt</h2><p>Telefon: 030 18 555 1234</p></section>';
		assert.deepEqual(find(page('', {outside: after}), 'https://www.example.de/x')[0]?.phones, ['+4930185551234']);
	});

	test('reads the phone country from the html lang region when the domain has none', () => {
		const contacts = find(page('<h3>Rückfragehinweis</h3><p>Telefon: 01 531 15-0</p>', {lang: 'de-AT'}), 'https://www.example.org/x');
		assert.deepEqual(contacts[0]?.phones, ['+431531150']);
	});

	test('uses a +prefix in the block as the country when the page names none', () => {
		const contacts = find(page('<h2>Contacts</h2><p>Switchboard +32 2 299 11 11</p><p>Direct 02 298 76 54</p>'), 'https://example.eu/x');
		assert.deepEqual(contacts[0]?.phones, ['+3222991111', '+3222987654']);
	});

	test('keeps the printed form of a labelled number libphonenumber cannot parse', () => {
		const contacts = find(page('<h2>Media enquiries</h2><p>Tel: 116 117</p>'));
		assert.deepEqual(contacts[0]?.phones, ['116 117']);
	});

	test('reads JSON-LD press ContactPoints but not a customer-service line of the publisher', () => {
		const jsonLd = {
			'@context': 'https://schema.org',
			'@type': 'NewsArticle',
			publisher: {
				'@type': 'GovernmentOrganization',
				name: 'Ministry of Examples',
				contactPoint: [
					{'@type': 'ContactPoint', contactType: 'customer service', telephone: '+44 20 7946 0000'},
					{'@type': 'ContactPoint', contactType: 'press', email: 'press@example.gov.uk', telephone: '+44 20 7946 0123'},
				],
			},
		};
		const doc = page(`<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`);
		assert.deepEqual(find(doc), [
			{name: null, role: 'press', organisation: 'Ministry of Examples', emails: ['press@example.gov.uk'], phones: ['+442079460123'], raw: 'press press@example.gov.uk +44 20 7946 0123'},
		]);
	});

	test('merges the same contact found twice', () => {
		const contacts = find(page('<section class="press-contact"><h2>Media enquiries</h2><p>press@example.gov.uk</p></section><p>Journalists: press@example.gov.uk</p>'));
		assert.equal(contacts.length, 1);
	});

	test('reads a press-office sentence in the body when it carries a number', () => {
		const contacts = find(page('<p>Journalists should call the press office on 020 7946 0123 for interviews.</p>'));
		assert.deepEqual(contacts[0]?.phones, ['+442079460123']);
	});

	test('reads organisation lines before the details, and a postal address is not an organisation', () => {
		const contacts = find(
			page('<h2>Kontakt</h2><div><div>Bundesamt für Beispiele</div><div>Referat Presse</div><div>0228 99 123-4567</div><div>presse@example.de</div><div>Beispielstraße 1, 53111 Bonn</div></div>', {lang: 'de'}),
			'https://www.example.de/x',
		);
		assert.equal(contacts[0]?.organisation, 'Bundesamt für Beispiele, Referat Presse');
		assert.deepEqual(contacts[0]?.phones, ['+49228991234567']);
	});
});
