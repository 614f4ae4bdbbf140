// Environment: node.
/** The fingerprint is stored with every clip: it must never change for the same title and text. */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import {contentHash} from '../../../src/core/clip/content-hash.ts';

test('the fingerprint of a known title and text stays what libraries already store', () => {
	assert.equal(contentHash('  Funding for flood defences ', ' The council\u00a0confirmed\n\nfunding.\t Cafe\u0301 open.  '), '178f86c07e2b901e2275c05bfb53');
	assert.equal(contentHash('Title', ''), '0d6ec6bb9d42e016ee20754aa52f');
});

test('whitespace runs, surrounding whitespace and Unicode composition do not change it; words do', () => {
	const base = contentHash('Funding', 'The council confirmed funding. Café open.');
	assert.equal(contentHash(' Funding\n', '\u3000The  council\n\nconfirmed\u00a0funding.\tCafe\u0301 open.\ufeff'), base);
	assert.notEqual(contentHash('Funding', 'The council confirmed funding. Cafe open.'), base);
	assert.notEqual(contentHash('Funding', 'The council confirmedfunding. Café open.'), base);
	assert.notEqual(contentHash('Funding 2', 'The council confirmed funding. Café open.'), base);
});
