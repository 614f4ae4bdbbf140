import assert from 'node:assert/strict';
import test from 'node:test';
import {phraseChecker} from '../../../src/core/search/verify-phrases.ts';
import {scanWords} from '../../../src/core/search/tokenize.ts';

const phrase = (text: string) => scanWords(text).map(span => span.forms[0]!);
const fields = (body: string) => ({title: '', summary: '', contacts: '', department: '', body});
const has = (body: string, text: string) => phraseChecker(fields(body))(phrase(text));
const filler = (words: number) => Array.from({length: words}, (_, i) => `word${i}`).join(' ');

test('a phrase is found wherever it is, stemmed, after many near misses, and across any spacing', () => {
	assert.equal(has(`${filler(500)} the offshore winds rose. ${filler(50)}`, 'offshore wind'), true);
	assert.equal(has(`Hoping for planning hopes: ${filler(300)} they were hoping for changes`, '"hoping for changes"'), true, 'a stem that adds a letter');
	const misses = Array.from({length: 30}, () => 'net gain').join(', ');
	assert.equal(has(`${misses} and then net\n\tzero at last`, 'net zero'), true, 'after more near misses than windows are tried');
	assert.equal(has(`Die Straße nach Köln: ${filler(200)} Müller-Lüdenscheidt sagt`, 'sagt'), true);
	assert.equal(has(`${filler(100)} Müller sagt nein`, 'Mueller sagt'), true, 'an umlaut spelled out');
	assert.equal(has(`${filler(100)} co-operation agreement signed`, 'cooperation agreement'), true, 'joined parts');
	assert.equal(has(`İstanbul ${filler(100)} net zero`, 'net zero'), true, 'lower case that changes the length');
});

test('a phrase is not found in words it only overlaps, or across a field boundary', () => {
	assert.equal(has(`${filler(200)} the net zealots are counted`, 'net zero'), false);
	assert.equal(has(`${filler(200)} internet zero`, 'net zero'), false);
	assert.equal(has(`the net ${'x'.repeat(90)} zero`, 'net zero'), false);
	assert.equal(has(`net ${filler(3)} zero`, 'net zero'), false);
	const checker = phraseChecker({...fields('zero emissions'), title: 'Towards net'});
	assert.equal(checker(phrase('net zero')), false);
});
