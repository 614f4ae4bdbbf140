import assert from 'node:assert/strict';
import test from 'node:test';
import {foldText, spellOutUmlauts} from '../../../src/core/search/fold-text.ts';
import {stem} from '../../../src/core/search/stem.ts';
import {indexTerms, queryTerms, scanWords} from '../../../src/core/search/tokenize.ts';

test('folding removes accents and case, and spells out ß and ligatures', () => {
	assert.equal(foldText('ÉCONOMIE Française'), 'economie francaise');
	assert.equal(foldText('Straße'), 'strasse');
	assert.equal(foldText('Œuvre'), 'oeuvre');
	assert.equal(foldText('Müller'), 'muller');
	assert.equal(foldText('ﬁnance'), 'finance', 'NFKD splits the fi ligature');
});

test('an umlaut is also spelled with e, and words without one have no second spelling', () => {
	assert.equal(spellOutUmlauts('Müller'), 'mueller');
	assert.equal(spellOutUmlauts('Wärmepumpen'), 'waermepumpen');
	assert.equal(spellOutUmlauts('Mu\u0308ller'), 'mueller', 'a decomposed umlaut counts too');
	assert.equal(spellOutUmlauts('Mueller'), null);
	assert.equal(spellOutUmlauts('économie'), null);
});

test('the stemmer joins plurals, -ed and -ing forms, and leaves short and foreign words alone', () => {
	assert.equal(stem('policies'), stem('policy'));
	assert.deepEqual(['announced', 'announces', 'announcing', 'announce'].map(stem), ['announc', 'announc', 'announc', 'announc']);
	assert.equal(stem('making'), stem('make'));
	assert.equal(stem('running'), 'run');
	assert.equal(stem('applied'), stem('apply'));
	assert.equal(stem('news'), 'news', 'not the plural of "new"');
	assert.equal(stem('status'), 'status');
	assert.equal(stem('bus'), 'bus');
	assert.equal(stem('covid19'), 'covid19');
	assert.equal(stem('économie'), 'économie', 'only folded Latin letters are stemmed');
});

test('English text loses stop words and possessives, and keeps numbers', () => {
	assert.deepEqual(queryTerms("The Minister's statement on the 2024 Budget"), ['minister', 'statement', '2024', 'budget']);
});

test('German text: umlauts match with and without e, ß as ss, German stop words dropped', () => {
	const terms = indexTerms('Die Bundesregierung und Herr Müller in der Straße');
	assert.ok(terms.includes('bundesregierung'));
	assert.ok(terms.includes('mueller') && terms.includes('muller'), 'indexed under both spellings');
	assert.ok(!terms.includes('die') && !terms.includes('und') && !terms.includes('der'));
	assert.deepEqual(queryTerms('Müller'), ['mueller'], 'a query asks for the spelling both forms are indexed under');
	assert.deepEqual(queryTerms('Mueller'), ['mueller']);
	assert.deepEqual(queryTerms('Straße'), queryTerms('strasse'));
});

test('French text: elisions and accents are removed, French stop words dropped', () => {
	assert.deepEqual(queryTerms("Communiqué de presse : l'économie d'aujourd'hui"), queryTerms('communique presse economie aujourdhui'));
	assert.ok(!indexTerms('le gouvernement et la ministre').includes('le'));
});

test('codes, numbers and hyphenated words are one query term, and the index also holds their parts', () => {
	assert.deepEqual(queryTerms('IP/24/1234'), ['ip241234']);
	assert.deepEqual(indexTerms('IP/24/1234'), ['ip241234', 'ip', '24', '1234']);
	assert.deepEqual(queryTerms('£2,000'), queryTerms('2000'));
	assert.deepEqual(queryTerms('1.5 billion'), ['1.5', 'billion'], 'a decimal point is kept');
	assert.deepEqual(queryTerms('COVID-19'), ['covid19']);
	assert.deepEqual(queryTerms('co-operation'), queryTerms('cooperation'));
	assert.deepEqual(queryTerms('gov.uk'), ['govuk']);
	assert.deepEqual(queryTerms('SA.101234'), ['sa101234']);
});

test('scanned words carry offsets into the original text, accents and all', () => {
	const text = 'À Paris, l’économie';
	const words = scanWords(text).map(span => text.slice(span.start, span.end));
	assert.deepEqual(words, ['À', 'Paris', 'l’économie']);
	assert.equal(scanWords(text)[0]!.stop, true, '"à" is a French stop word');
});

test('other scripts are kept as words', () => {
	assert.deepEqual(queryTerms('Κυβέρνηση 政府'), ['κυβερνηση', '政府']);
});
