/**
 * Warming the search up as a page opens (the popup lives only while it is shown), so that the first queries
 * typed pay neither for the index head's read nor for compiling. Compiling is most of it: a word's first query in
 * a fresh page took about twice as long as the same query later, its loops over thousands of postings and its
 * snippet scans running unoptimised. So every kind of query runs here once, on the library's own common words and
 * at a real query's sizes: a word held by thousands of clips with a page of text rows and snippets, two words with
 * the last being typed, a word with a date filter, a phrase, and filters alone.
 */
import {NO_DAY} from '../core/search/dates.ts';
import {parseQuery} from '../core/search/parse-query.ts';
import {search} from '../core/search/search.ts';
import {queryTerms} from '../core/search/tokenize.ts';
import type {ClipDb} from './db.ts';
import {withIndexReader, type LibraryReader} from './index-reader.ts';
import {resultPage} from './result-page.ts';

/** The dictionary slice the warm-up reads its words from: one row, and a common start of English words. */
const WARM_PREFIX = 'wa';
const DAY_MS = 86_400_000;
const WARM_PAGE = 8;

/** Up to two of the library's most common terms starting with WARM_PREFIX that a query typing them finds. */
async function commonWords(reader: LibraryReader): Promise<string[]> {
	const dictionary = await reader.dictionary(WARM_PREFIX);
	return dictionary.expandPrefix(WARM_PREFIX, 8).filter(term => queryTerms(term)[0] === term).slice(0, 2);
}

/**
 * The day the merged clip with the highest id (most often the last saved) was clipped, as a query writes it; null in
 * an empty library.
 */
async function lastClippedDay(reader: LibraryReader): Promise<string | null> {
	const docs = await reader.docs();
	const day = docs.clipped[docs.ids.length - 1];
	return day === undefined || day === NO_DAY ? null : new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Runs each kind of query once, results unused; call it when the page opens. */
export async function warmUpSearch(db: ClipDb): Promise<void> {
	await withIndexReader(db, async reader => {
		const [first = 'warm', second = 'up'] = await commonWords(reader);
		const day = await lastClippedDay(reader);
		// Pages shorter than the popup's: a few rows and snippets compile their code as well as twenty, and read less.
		const page = (query: string) => resultPage(reader, parseQuery(query), {limit: WARM_PAGE, offset: 0, snippets: true});
		await page(`${first} `);
		await page(`${first} ${second.slice(0, 3)}`);
		// Phrase checks read the best candidates' text: a few are enough to compile them.
		await search(parseQuery(`"${first} ${second}"`), reader, {limit: 1, maxPhraseChecks: 8});
		if (day !== null) {
			await page(`${second} clipped-before:${day}`);
			await page(`clipped:${day}`);
		}
	});
}
