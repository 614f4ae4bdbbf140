// Email addresses as pages print and hide them.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {parseHTML} from 'linkedom';
import {decodeCloudflare, decodeTypo3, emailFromLink, findEmails} from '../../../src/core/extract/emails.ts';

function link(html: string): Element {
	return parseHTML(`<html><body>${html}</body></html>`).document.querySelector('a')! as unknown as Element;
}

describe('findEmails', () => {
	test('finds plain addresses without trailing punctuation', () => {
		assert.deepEqual(findEmails('Write to press.office@example.gov.uk.'), ['press.office@example.gov.uk']);
	});

	test('decodes "[at]", "(at)", "{at}" and spelled-out dots in several languages', () => {
		assert.deepEqual(findEmails('jane.doe [at] dept dot gov dot uk'), ['jane.doe@dept.gov.uk']);
		assert.deepEqual(findEmails('presse(at)bmz.bund.de'), ['presse@bmz.bund.de']);
		assert.deepEqual(findEmails('info {at} example [punkt] de'), ['info@example.de']);
		assert.deepEqual(findEmails('contact (at) ville (point) fr'), ['contact@ville.fr']);
	});

	test('believes a bare " at " only with a spelled-out " dot "', () => {
		assert.deepEqual(findEmails('j.smith at cabinet-office dot gov dot uk'), ['j.smith@cabinet-office.gov.uk']);
		assert.deepEqual(findEmails('The minister arrived at 10.30 and spoke at town.hall events'), []);
	});

	test('does not run a sentence-ending dot into the domain', () => {
		assert.deepEqual(findEmails('Mail presse(at)bmz.bund.de. Next sentence'), ['presse@bmz.bund.de']);
	});
});

describe('emailFromLink', () => {
	test('reads mailto links, dropping the query', () => {
		assert.equal(emailFromLink(link('<a href="mailto:Press@Example.gov.uk?subject=Hi">Email us</a>')), 'press@example.gov.uk');
	});

	test('returns null for share links with no address', () => {
		assert.equal(emailFromLink(link('<a href="mailto:?subject=Look&amp;body=https://x">Email</a>')), null);
		assert.equal(emailFromLink(link('<a href="mailto:?to=&amp;subject=x">Share by email</a>')), null);
	});

	test('prefers a visible address over a different href', () => {
		assert.equal(emailFromLink(link('<a href="mailto:old@example.de">presse@example.de</a>')), 'presse@example.de');
	});

	test('decodes TYPO3 links in both the old javascript: and the newer data-attribute forms', () => {
		assert.equal(emailFromLink(link(`<a href="javascript:linkTo_UnCryptMailto('ocknvq,cdvk5Bdogkc0ix0cv');">Kontakt</a>`)), 'abti3@bmeia.gv.at');
		assert.equal(emailFromLink(link('<a href="#" data-mailto-token="ocknvq,rtguugBgzcorng0fg" data-mailto-vector="2">Mail</a>')), 'presse@example.de');
	});

	test('decodes Cloudflare email protection', () => {
		const hex = (key: number, text: string) => key.toString(16).padStart(2, '0') + [...text].map(char => (char.charCodeAt(0) ^ key).toString(16).padStart(2, '0')).join('');
		assert.equal(decodeCloudflare(hex(0x3a, 'press@gov.sg')), 'press@gov.sg');
		assert.equal(emailFromLink(link(`<a href="/cdn-cgi/l/email-protection#${hex(0x51, 'media@mti.gov.sg')}">[email protected]</a>`)), 'media@mti.gov.sg');
	});

	test('decodeTypo3 finds the offset by itself', () => {
		assert.equal(decodeTypo3('nbjmup+bcdAfybnqmf/psh'), 'abc@example.org');
		assert.equal(decodeTypo3('not an encrypted address'), null);
	});
});
