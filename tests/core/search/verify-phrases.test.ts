import assert from 'node:assert/strict';
import test from 'node:test';
import {findDataRoot} from '../../../bench/lib/data-root.ts';
import {readRealArticles} from '../../../bench/lib/real-text-queries.ts';
import {findPhrase, phraseChecker, scanContains} from '../../../src/core/search/verify-phrases.ts';
import {mayMatchAny, scanWords} from '../../../src/core/search/tokenize.ts';

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

test('a phrase is found past more literal near misses than windows are first tried, and not inside a joined word', () => {
	const misses = Array.from({length: 40}, (_, i) => `President ${filler(1 + (i % 5))} Trump`).join('. ');
	assert.equal(has(`${misses}. Then President Trump spoke.`, 'president trump'), true);
	assert.equal(has(misses, 'president trump'), false);
	assert.equal(has(`${misses} o'president trump`, 'president trump'), false, 'one word, indexed as "opresid"');
	assert.equal(has(`${misses} vice-president trump`, 'president trump'), true, 'a part of a joined word');
	assert.equal(has(`${filler(50)} the fly flies. ${filler(50)} flies high`, 'fly high'), true, 'a stem that adds a letter to a short word');
	assert.equal(has(`${misses} US policy and U.S. policy`, 'u.s. policy'), true);
});

test('a phrase is not found in words it only overlaps, or across a field boundary', () => {
	assert.equal(has(`${filler(200)} the net zealots are counted`, 'net zero'), false);
	assert.equal(has(`${filler(200)} internet zero`, 'net zero'), false);
	assert.equal(has(`the net ${'x'.repeat(90)} zero`, 'net zero'), false);
	assert.equal(has(`net ${filler(3)} zero`, 'net zero'), false);
	const checker = phraseChecker({...fields('zero emissions'), title: 'Towards net'});
	assert.equal(checker(phrase('net zero')), false);
});

/** What scanContains replaced: the phrase looked for among the spans of the whole text. */
const spansContain = (text: string, terms: readonly string[]) => findPhrase(scanWords(text, mayMatchAny(terms)), terms) >= 0;

/** Phrases from a text's own adjacent words (found), the same words apart or reversed (mostly not), and pairs across it. */
function phrasesOf(text: string, positions: number): string[][] {
	const spans = scanWords(text);
	const terms = spans.map(span => span.forms[0]!);
	const phrases: string[][] = [];
	for (let i = 0; i + 2 < terms.length; i += Math.max(1, Math.floor(terms.length / positions))) {
		phrases.push([terms[i]!, terms[i + 1]!], [terms[i]!, terms[i + 2]!], [terms[i + 1]!, terms[i]!], terms.slice(i, i + 3));
		phrases.push([terms[i]!, terms[terms.length - 1 - i]!]);
	}
	return phrases;
}

test('a phrase is found by the span-less scan exactly where it is among the text\'s spans', () => {
	const texts = [
		`${filler(40)} Müller-Lüdenscheidt sagt: the co-operation agreement, IP/24/1234 and 2,000 homes; l'économie d'abord.`,
		'Hoping for planning hopes: they were hoping for changes. Net gain, net zero; NET ZERO! İstanbul’s net-zero plan.',
		'The Secretary of State for Energy Security and Net Zero said the U.S. and the E.U. don’t agree; it’s 1.5 degrees.',
		'a b a b c a b c d the of and to a',
		`${filler(30)} o'president trump said; the flies fly high, then tried trying: ${filler(20)} President ${filler(3)} Trump. Co-operation agreement, U.S. policy`,
	];
	let checked = 0;
	for (const text of texts) {
		for (const terms of phrasesOf(text, 12)) {
			const expected = spansContain(text, terms);
			assert.equal(scanContains(text, terms), expected, `${JSON.stringify(terms)} in ${JSON.stringify(text)}`);
			assert.equal(phraseChecker(fields(text))(terms), expected, `checker: ${JSON.stringify(terms)} in ${JSON.stringify(text)}`);
			checked++;
		}
	}
	assert.equal(scanContains('net zero', []), true, 'an empty phrase is everywhere, as findPhrase has it');
	assert.ok(checked > 50);
});

const dataRoot = findDataRoot();

test('on real article bodies, the span-less scan agrees with the spans on every phrase tried', {skip: dataRoot ? false : 'no ../shared/data beside the project'}, () => {
	let found = 0;
	let checked = 0;
	for (const {text} of readRealArticles(dataRoot!)) {
		for (const terms of phrasesOf(text, 4)) {
			const expected = spansContain(text, terms);
			assert.equal(scanContains(text, terms), expected, `${JSON.stringify(terms)} in an article starting ${JSON.stringify(text.slice(0, 60))}`);
			assert.equal(phraseChecker(fields(text))(terms), expected, `checker: ${JSON.stringify(terms)} in an article starting ${JSON.stringify(text.slice(0, 60))}`);
			found += expected ? 1 : 0;
			checked++;
		}
	}
	assert.ok(checked > 2000 && found > 500 && checked - found > 500, `${checked} phrases, ${found} found`);
});
