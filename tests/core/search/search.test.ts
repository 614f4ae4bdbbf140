import assert from 'node:assert/strict';
import test from 'node:test';
import {MemoryIndexStore} from '../../../src/core/search/memory-index-store.ts';
import {search, type SearchOptions} from '../../../src/core/search/search.ts';
import {fixtureClip, type ClipSeed} from '../../fixtures/search/fixture-clip.ts';

const FILLER = 'The department published its annual report on public services and local government today.';
/** About as many indexed words as a real article body, the length field weights are tuned for. */
const BODY = Array.from({length: 40}, () => FILLER).join(' ');

function storeOf(seeds: ClipSeed[]): MemoryIndexStore {
	return MemoryIndexStore.fromClips(seeds.map(fixtureClip));
}

async function ids(store: MemoryIndexStore, query: string, options: SearchOptions = {}): Promise<number[]> {
	return (await search(query, store, {prefix: false, ...options})).hits.map(hit => hit.id);
}

test('a title match beats a body match', async () => {
	const store = storeOf([
		{id: 1, title: 'Annual report', text: `${FILLER} Flooding was discussed.`},
		{id: 2, title: 'Flooding defences strengthened', text: FILLER},
	]);
	assert.deepEqual(await ids(store, 'flooding'), [2, 1]);
});

test('more occurrences beat fewer', async () => {
	const store = storeOf([
		{id: 1, title: 'Report', text: `${FILLER} Apprenticeships matter.`},
		{id: 2, title: 'Report', text: `${FILLER} Apprenticeships grow. Apprenticeships pay. Apprenticeships work.`},
	]);
	assert.deepEqual(await ids(store, 'apprenticeships'), [2, 1]);
});

test('an occurrence in the summary, contacts or department outweighs one in the body', async () => {
	const store = storeOf([
		{id: 1, title: 'Report', text: `${BODY} Apprenticeships matter.`},
		{id: 2, title: 'Report', summary: 'What the apprenticeships levy funds.', text: BODY},
		{id: 3, title: 'Report', publisher: 'Apprenticeships Agency', text: BODY},
		{id: 4, title: 'Report', contacts: [{raw: 'Apprenticeships press desk 020 7000 0000'}], text: BODY},
	]);
	assert.deepEqual(await ids(store, 'apprenticeships'), [2, 4, 3, 1]);
});

test('a rare word weighs more than a common one (idf)', async () => {
	const store = storeOf([
		{id: 1, title: 'Report', text: `${FILLER} Hospital.`},
		{id: 2, title: 'Report', text: `${FILLER} Ambulance.`},
		{id: 3, title: 'Report', text: `${FILLER} Hospital.`},
		{id: 4, title: 'Report', text: `${FILLER} Hospital and ambulance.`},
		{id: 5, title: 'Report', text: `${FILLER} Hospital.`},
	]);
	const [hit] = (await search('hospital ambulance', store, {prefix: false})).hits;
	assert.equal(hit?.id, 4);
	const scores = (await search('ambulance', store)).hits.map(h => h.score);
	const common = (await search('hospital', store)).hits.map(h => h.score);
	assert.ok(Math.min(...scores) > Math.max(...common));
});

test('several words must all match; with none matching together, it falls back to any of them', async () => {
	const store = storeOf([
		{id: 1, title: 'Tidal energy', text: FILLER},
		{id: 2, title: 'Tidal lagoon and energy storage', text: FILLER},
		{id: 3, title: 'Battery storage', text: FILLER},
	]);
	const both = await search('tidal storage', store, {prefix: false});
	assert.deepEqual([both.hits.map(h => h.id), both.relaxed], [[2], false]);
	const relaxed = await search('lagoon battery', store, {prefix: false});
	assert.deepEqual([relaxed.hits.map(h => h.id).sort(), relaxed.relaxed], [[2, 3], true]);
	assert.deepEqual(await ids(store, 'lagoon battery', {orFallback: false}), []);
});

test('stemmed forms match each other', async () => {
	const store = storeOf([{id: 1, title: 'Minister announces new policies', text: FILLER}]);
	assert.deepEqual(await ids(store, 'announced policy'), [1]);
});

test('phrases are confirmed on the text: the words alone are not enough', async () => {
	const store = storeOf([
		{id: 1, title: 'Net zero strategy', text: FILLER},
		{id: 2, title: 'Zero tolerance for net fraud', text: FILLER},
		{id: 3, title: 'Strategy', text: `${FILLER} The department for net-zero ... no: the path to NET ZERO by 2050.`},
	]);
	assert.deepEqual((await ids(store, '"net zero"')).sort(), [1, 3]);
	assert.deepEqual(await ids(store, '"Department for Education"'), [], 'stop words inside a phrase are checked too');
});

test('a phrase with stop words matches only the exact wording', async () => {
	const store = storeOf([
		{id: 1, title: 'Department for Education news', text: FILLER},
		{id: 2, title: 'Education department news', text: FILLER},
	]);
	assert.deepEqual(await ids(store, '"department for education"'), [1]);
});

test('excluded words and phrases remove clips', async () => {
	const store = storeOf([
		{id: 1, title: 'Trade deal with Japan', text: FILLER},
		{id: 2, title: 'Trade deal with Canada', text: FILLER},
		{id: 3, title: 'Trade and free ports', text: `${FILLER} Free trade.`},
		{id: 4, title: 'Trade ports', text: `${FILLER} Free of charge; trade.`},
	]);
	assert.deepEqual((await ids(store, 'trade -japan')).sort(), [2, 3, 4]);
	assert.deepEqual((await ids(store, 'trade -"free trade"')).sort(), [1, 2, 4], 'only the clip with the exact phrase goes');
	assert.deepEqual((await ids(store, '-japan -canada')).sort(), [3, 4], 'exclusions alone filter the whole library');
});

test('field filters combine with text and with each other', async () => {
	const store = storeOf([
		{id: 1, title: 'Budget statement', text: FILLER, publisher: 'Cabinet Office', documentType: 'press release', tags: ['Budget 2024'], url: 'https://www.gov.uk/a', publishedAt: '2024-03-01'},
		{id: 2, title: 'Budget statement', text: FILLER, publisher: 'HM Treasury', documentType: 'speech', tags: ['budget 2024'], url: 'https://www.gov.uk/b', publishedAt: '2024-02-01'},
		{id: 3, title: 'Budget statement', text: FILLER, publisher: 'European Commission', documentType: 'press release', url: 'https://ec.europa.eu/c', publishedAt: '2023-12-01', clippedAt: Date.UTC(2024, 0, 5, 23)},
		{id: 4, title: 'Budget statement', text: FILLER, publisher: 'Home Office', documentType: 'news story', url: 'https://www.gov.uk/d'},
	]);
	assert.deepEqual(await ids(store, 'budget dept:"Cabinet Office"'), [1]);
	assert.deepEqual((await ids(store, 'budget dept:office')).sort(), [1, 4], 'every Office');
	assert.deepEqual(await ids(store, 'budget department:treasury'), [2]);
	assert.deepEqual((await ids(store, 'type:"press release"')).sort(), [1, 3]);
	assert.deepEqual((await ids(store, 'tag:"BUDGET 2024"')).sort(), [1, 2], 'tags match whole, folded');
	assert.deepEqual(await ids(store, 'tag:budget'), []);
	assert.deepEqual((await ids(store, 'site:gov.uk')).sort(), [1, 2, 4]);
	assert.deepEqual(await ids(store, 'site:https://ec.europa.eu/news'), [3]);
	assert.deepEqual(await ids(store, 'budget after:2024-02-01 before:2024-02-29'), [2]);
	assert.deepEqual(await ids(store, 'published:2024'), [1, 2], 'newest first when scores tie');
	assert.deepEqual(await ids(store, 'budget -after:2024'), [3], 'an undated clip fails date filters');
	assert.deepEqual(await ids(store, 'clipped:2024-01-05'), [3]);
	assert.deepEqual((await ids(store, 'budget -site:gov.uk')), [3]);
	assert.deepEqual((await ids(store, 'budget -type:press')).sort(), [2, 4]);
});

test('the last word matches as a prefix while it is typed, most frequent expansions first', async () => {
	const store = storeOf([
		{id: 1, title: 'Ministry of Defence update', text: FILLER},
		{id: 2, title: 'Minister visits Wales', text: FILLER},
		{id: 3, title: 'Mining licences', text: FILLER},
		{id: 4, title: 'New policies for ports', text: FILLER},
	]);
	assert.deepEqual((await ids(store, 'minist', {prefix: true})).sort(), [1, 2]);
	assert.deepEqual(await ids(store, 'minist '), []);
	assert.deepEqual(await ids(store, 'polici', {prefix: true}), [4], 'backs off a letter to reach the stem "policy"');
	assert.deepEqual((await ids(store, 'mi', {prefix: true, maxExpansions: 1})).length, 1);
	assert.deepEqual(await ids(store, 'wales minist', {prefix: true}), [2], 'earlier words stay exact');
});

test('a case number being typed expands like a word', async () => {
	const store = storeOf([{id: 1, title: 'State aid decision IP/24/1234', text: FILLER}, {id: 2, title: 'IP/23/999', text: FILLER}]);
	assert.deepEqual(await ids(store, 'IP/24/12', {prefix: true}), [1]);
});

test('a clip edited while pending is judged by its new text for exclusions too', async () => {
	const store = storeOf([{id: 1, title: 'Rail strike talks', text: FILLER}, {id: 2, title: 'Rail timetable', text: FILLER}]);
	store.add(fixtureClip({id: 1, title: 'Rail talks resume', text: FILLER}));
	assert.deepEqual((await ids(store, 'rail -strike')).sort(), [1, 2]);
	store.add(fixtureClip({id: 2, title: 'Rail strike called', text: FILLER}));
	assert.deepEqual(await ids(store, 'rail -strike'), [1]);
});

test('stop words alone find nothing, and an empty query finds nothing', async () => {
	const store = storeOf([{id: 1, title: 'The and of', text: FILLER}]);
	assert.deepEqual(await ids(store, 'the of '), []);
	assert.deepEqual(await ids(store, ''), []);
	assert.deepEqual(await ids(store, '"the"'), []);
});

test('equal scores are ordered by the newer publication, then by the newer clip', async () => {
	const store = storeOf([
		{id: 1, title: 'Pension update', text: FILLER, publishedAt: '2022-05-01'},
		{id: 2, title: 'Pension update', text: FILLER, publishedAt: '2024-05-01'},
		{id: 3, title: 'Pension update', text: FILLER},
		{id: 4, title: 'Pension update', text: FILLER, publishedAt: '2023-05-01'},
		{id: 5, title: 'Pension update', text: FILLER, publishedAt: '2024-05-01'},
	]);
	assert.deepEqual(await ids(store, 'pension'), [5, 2, 4, 1, 3]);
	assert.deepEqual(await ids(store, 'pension', {limit: 2}), [5, 2]);
	assert.equal((await search('pension', store, {limit: 2})).total, 5);
});

test('a phrase most of the best candidates lack is confirmed in a few reads of their texts, and still found', async () => {
	// 200 clips hold both words apart, and rank above the 5 that hold them as a phrase (more occurrences, shorter text).
	const apart = Array.from({length: 200}, (_, i): ClipSeed => ({id: i + 1, title: 'Report', text: 'Social policy. Care homes. Social workers care. Care for social housing.'}));
	const together = Array.from({length: 5}, (_, i): ClipSeed => ({id: 1000 + i, title: 'Report', text: `${BODY} Social care reform.`}));
	const store = storeOf([...apart, ...together]);
	const reads: number[] = [];
	const texts = store.texts.bind(store);
	store.texts = ids => {
		reads.push(ids.length);
		return texts(ids);
	};
	assert.deepEqual((await ids(store, '"social care"')).sort(), [1000, 1001, 1002, 1003, 1004]);
	assert.equal(reads.reduce((a, b) => a + b, 0), 205, 'every candidate was read, as the phrase is in the last ones');
	assert.ok(reads.length <= 5, `${reads.length} reads of ${JSON.stringify(reads)}`);
	reads.length = 0;
	assert.equal((await ids(store, '"care homes"', {limit: 3})).length, 3);
	assert.deepEqual(reads, [8], 'a phrase the first candidates hold reads one small batch');
});
