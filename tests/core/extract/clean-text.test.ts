import assert from 'node:assert/strict';
import {test} from 'node:test';
import {cleanLength, cleanText} from '../../../src/core/extract/clean-text.ts';

// Whitespace of every kind, invisible characters, text NFC changes (e + combining acute, a composition exclusion),
// typographic punctuation it leaves alone, and a character outside the BMP.
const PIECES = [' ', '  ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\u2028', '\u200b', '\u00ad', '\ufeff', '\u2060', 'a', 'Wort', 'é', 'e', '\u0301', '\u0958', '–', '€', '|', '𝒜'];

test('cleanLength is the length of cleanText, for every short mix of whitespace, invisible and combining characters', () => {
	const mixes = [''];
	for (let size = 0; size < 3; size++) {
		for (const mix of mixes.splice(0)) {
			mixes.push(mix, ...PIECES.map(piece => mix + piece));
		}
	}
	for (const text of mixes) {
		assert.equal(cleanLength(text), cleanText(text).length, JSON.stringify(text));
	}
});

test('cleanLength stops counting past its limit: exact at or under the limit, above it otherwise', () => {
	const text = `  ${'Die Pressestelle\u00ad des Ministeriums  \n '.repeat(40)}`;
	const length = cleanText(text).length;
	assert.equal(cleanLength(text, length), length);
	assert.ok(cleanLength(text, 80) > 80);
	assert.ok(cleanLength(text, 80) < length);
	assert.equal(cleanLength(' \u200b\n', 0), 0);
	assert.equal(cleanLength(null), 0);
});
