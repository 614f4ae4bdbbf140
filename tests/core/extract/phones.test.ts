// Phone numbers in contact blocks, and the country national numbers belong to.
import assert from 'node:assert/strict';
import {describe, test} from 'node:test';
import {pageCountry} from '../../../src/core/extract/page-country.ts';
import {findPhones, phoneFromTelHref} from '../../../src/core/extract/phones.ts';

const numbers = (text: string, country?: Parameters<typeof findPhones>[1]) => findPhones(text, country).map(phone => phone.number);

describe('findPhones', () => {
	test('normalises printed forms to E.164 and keeps the printed form', () => {
		const [phone] = findPhones('Telefon: +43 (0) 50 11 50 - 3320', 'AT');
		assert.deepEqual(phone, {number: '+435011503320', raw: '+43 (0) 50 11 50 - 3320', label: 'telefon'});
	});

	test('reads national numbers in the page country', () => {
		assert.deepEqual(numbers('0228 - 8491 - 4444', 'DE'), ['+4922884914444']);
		assert.deepEqual(numbers('Tel: 6211 0888', 'SG'), ['+6562110888']);
		assert.deepEqual(numbers('Media Relations: 613-957-2983', 'CA'), ['+16139572983']);
	});

	test('reads dotted Swiss numbers', () => {
		assert.deepEqual(numbers('Bundeshaus Nord, 3003 Bern +41.31.322.55.11', 'CH'), ['+41313225511']);
	});

	test('leaves out fax numbers, even on the same line as the phone', () => {
		assert.deepEqual(numbers('Telefon: +43 (0) 50 11 50 - 3320 Fax: +43 (0) 50 11 50 - 213', 'AT'), ['+435011503320']);
		assert.deepEqual(numbers('Telefax 030 18 555 1001', 'DE'), []);
	});

	test('labels out-of-hours lines', () => {
		assert.equal(findPhones('Out of hours: 020 7946 0456', 'GB')[0]?.label, 'out of hours');
	});

	test('does not read postcodes, dates or years as phones', () => {
		assert.deepEqual(numbers('Konstantinstraße 110, 53179 Bonn, 25. Januar 2022', 'DE'), []);
		assert.deepEqual(numbers('Published 12.03.2024 at 10:30', 'DE'), []);
	});

	test('keeps the printed form of a labelled number that does not parse', () => {
		assert.deepEqual(numbers('Tel: 116 117', 'GB'), ['116 117']);
	});

	test('reads tel: links', () => {
		assert.equal(phoneFromTelHref('tel:+41584622007', 'CH'), '+41584622007');
		assert.equal(phoneFromTelHref('tel:020%207946%200123', 'GB'), '+442079460123');
	});
});

describe('pageCountry', () => {
	test('uses the URL country domain first', () => {
		assert.equal(pageCountry({url: 'https://www.gov.uk/x', language: 'en'}), 'GB');
		assert.equal(pageCountry({url: 'https://www.bmeia.gv.at/x', language: 'de'}), 'AT');
		assert.equal(pageCountry({url: 'https://www.whitehouse.gov/x'}), 'US');
	});

	test('falls back to the region of the language tag, then to a one-country language', () => {
		assert.equal(pageCountry({url: 'https://ec.europa.eu/x', language: 'de-AT'}), 'AT');
		assert.equal(pageCountry({url: 'https://example.org/x', language: 'de'}), 'DE');
		assert.equal(pageCountry({url: 'https://example.org/x', language: 'en'}), undefined);
	});
});
