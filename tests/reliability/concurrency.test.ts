// R8: five pages writing to one database at once lose no clip and no edit, and every clip stays findable.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {updateClipFields} from '../../src/storage/clip-edits.ts';
import {saveExtraction} from '../../src/storage/clips.ts';
import {ClipDb} from '../../src/storage/db.ts';
import {searchLibrary} from '../../src/storage/search-index.ts';
import {makeExtraction} from '../helpers/make-extraction.ts';
import {privateIdb, uniqueWord} from '../helpers/v1-library.ts';

const PAGES = 5;
const SAVES_PER_PAGE = 200;
const SHARED = 200;

function extractionFor(page: number, n: number) {
	const key = page * SAVES_PER_PAGE + n;
	return makeExtraction({
		url: `https://www.gov.uk/news/p${page}-${n}`,
		canonicalUrl: `https://www.gov.uk/news/p${page}-${n}`,
		title: `Release ${key}`,
		text: `Release ${key} mentions ${uniqueWord(key)} and the shared word harbour.`,
	});
}

test(`${PAGES} connections × ${SAVES_PER_PAGE} saves and ${SHARED} tag edits racing note edits on shared clips: nothing lost, all findable`, async () => {
	const idb = privateIdb();
	const pages: ClipDb[] = [];
	for (let page = 0; page < PAGES; page++) {
		const db = new ClipDb('govclip', idb);
		await db.open(); // one at a time: the first open creates the schema
		pages.push(db);
	}
	const started = performance.now();
	const savesOf = (page: number, from: number, to: number) => Array.from({length: to - from}, (_, i) => saveExtraction(pages[page]!, extractionFor(page, from + i), {now: 1000 + from + i}));

	// Wave 1: each page saves its first 40 clips; these are the clips the other pages then edit.
	const perPageShared = SHARED / PAGES;
	const wave1 = await Promise.all(pages.flatMap((_, page) => savesOf(page, 0, perPageShared)));
	assert.ok(wave1.every(outcome => outcome.status === 'saved'));

	// Wave 2: the remaining saves, and on each shared clip a tag edit from one other page and a note edit from
	// another, all at once. Each edit reads the row inside its own transaction, so neither may undo the other.
	const expectedTags = new Map<number, string[]>();
	const edits: Promise<unknown>[] = [];
	wave1.forEach((outcome, i) => {
		const id = outcome.clip.id;
		const tags = [`edited-by-${(i + 1) % PAGES}`, `clip-${id}`];
		expectedTags.set(id, tags);
		edits.push(updateClipFields(pages[(i + 1) % PAGES]!, id, {tags}));
		edits.push(updateClipFields(pages[(i + 2) % PAGES]!, id, {note: `note ${id}`}));
	});
	const wave2 = await Promise.all([...pages.flatMap((_, page) => savesOf(page, perPageShared, SAVES_PER_PAGE)), ...edits]);
	const writeMs = performance.now() - started;
	assert.equal(wave2.length, PAGES * SAVES_PER_PAGE - SHARED + 2 * SHARED);

	for (const db of pages) {
		assert.equal(await db.clips.count(), PAGES * SAVES_PER_PAGE, 'every page sees every clip');
	}
	const rows = await pages[0]!.clips.toArray();
	assert.equal(new Set(rows.map(row => row.canonicalUrl)).size, PAGES * SAVES_PER_PAGE);
	const lostEdits = [...expectedTags].filter(([id, tags]) => {
		const row = rows.find(candidate => candidate.id === id);
		return JSON.stringify(row?.tags) !== JSON.stringify(tags) || row?.note !== `note ${id}`;
	});
	assert.deepEqual(lostEdits, [], 'lost tag or note edits');
	assert.equal(rows.filter(row => !expectedTags.has(row.id)).every(row => row.tags.length === 0 && row.note === ''), true);

	const searchStarted = performance.now();
	// One query every clip matches, read whole: each clip must come back exactly once.
	const all = await searchLibrary(pages[0]!, 'harbour', {limit: PAGES * SAVES_PER_PAGE});
	assert.equal(all.total, PAGES * SAVES_PER_PAGE);
	assert.deepEqual(all.hits.map(hit => hit.canonicalUrl).sort(), rows.map(row => row.canonicalUrl).sort());
	// And by each clip's own word, from every page, for every tenth clip (all 1,000 take seconds more and find nothing new).
	const missing: string[] = [];
	for (let key = 0; key < PAGES * SAVES_PER_PAGE; key += 10) {
		const {hits} = await searchLibrary(pages[key % PAGES]!, uniqueWord(key));
		const expected = `https://www.gov.uk/news/p${Math.floor(key / SAVES_PER_PAGE)}-${key % SAVES_PER_PAGE}`;
		if (hits.length !== 1 || hits[0]!.canonicalUrl !== expected) missing.push(expected);
	}
	assert.deepEqual(missing, [], 'clips search cannot find');
	assert.equal((await searchLibrary(pages[3]!, 'tag:edited-by-1')).total, perPageShared);
	const searchMs = performance.now() - searchStarted;
	for (const db of pages) db.close();
	console.log(`R8: ${PAGES * SAVES_PER_PAGE} saves + ${SHARED} tag and ${SHARED} note edits in ${Math.round(writeMs)} ms; searches in ${Math.round(searchMs)} ms`);
});
