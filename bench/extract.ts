/**
 * Extraction benchmark: GovClip and plain Readability side by side, in one process, on linkedom documents.
 *
 *   npm run bench:extract                      all three corpora
 *   npm run bench:extract -- --only govpages   one of govpages | benchmark | readability
 *   npm run bench:extract -- --verbose         also print each page's misses
 *
 * Prints one table and writes the figures to bench-results/extract.json. Skips cleanly without ../shared/data.
 */
import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {parseArgs} from 'node:util';
import {createNodeSanitizer} from '../src/cli/node-sanitizer.ts';
import {benchmarkPages, govPages, regressionPages, REGRESSION_URL} from './lib/corpora.ts';
import {findDataRoot, projectRoot} from './lib/data-root.ts';
import {addTallies, normalizeText, scorePage, type PageScore} from './lib/govpages-score.ts';
import {fixed, formatTable, ratio, type Row} from './lib/print-table.ts';
import {parseDocument, runBoth, type BothResult} from './lib/run-both.ts';
import {timedSanitizer} from '../src/core/sanitize/timed-sanitizer.ts';
import {averagedF1, mean, percentile, shinglePrecisionRecall, tokenF1, type PrecisionRecall} from './lib/text-metrics.ts';

const {values: flags} = parseArgs({options: {only: {type: 'string'}, verbose: {type: 'boolean', default: false}}});
const corpora = ['benchmark', 'govpages', 'readability'];
if (flags.only && !corpora.includes(flags.only)) {
	console.error(`--only must be one of ${corpora.join(', ')}`);
	process.exit(2);
}
const runs = (name: string) => !flags.only || flags.only === name;

const dataRoot = findDataRoot();
if (!dataRoot) {
	console.log('bench:extract skipped: no ../shared/data beside the project (set GOVCLIP_DATA to point at it).');
	process.exit(0);
}

const NOW = Date.UTC(2026, 0, 15); // Fixed clock, so relative dates resolve the same way every run
const sanitizer = timedSanitizer(createNodeSanitizer(), () => performance.now());
const timings: BothResult[] = [];
const rows: Row[] = [];
const results: Record<string, unknown> = {};
const verbose = (line: string) => flags.verbose && console.log(line);
const crashes: string[] = [];

function run(html: string, url: string, name: string): BothResult {
	const result = runBoth(html, url, sanitizer, NOW);
	timings.push(result);
	if (result.govclipError) {
		crashes.push(`${name}: ${result.govclipError}`);
	}
	return result;
}

if (runs('benchmark')) {
	const ours: PrecisionRecall[] = [];
	const theirs: PrecisionRecall[] = [];
	for (const page of benchmarkPages(dataRoot)) {
		const result = run(page.html, page.url, page.id);
		ours.push(shinglePrecisionRecall(result.govclip?.text ?? '', page.truth));
		theirs.push(shinglePrecisionRecall(result.readability?.text ?? '', page.truth));
		verbose(`benchmark ${page.id.slice(0, 12)} P ${fixed(ours.at(-1)!.precision)} R ${fixed(ours.at(-1)!.recall)} (Readability P ${fixed(theirs.at(-1)!.precision)} R ${fixed(theirs.at(-1)!.recall)}) ${fixed(result.govclipMs, 0)} ms (contacts+links ${fixed(result.contactsLinksMs, 0)}) ${page.url}`);
	}
	const a = averagedF1(ours);
	const b = averagedF1(theirs);
	results.benchmark = {pages: ours.length, govclip: a, readability: b};
	rows.push(
		[`benchmark body F1 (${ours.length} pages)`, fixed(a.f1), fixed(b.f1), '≥ 0.96, ≥ Readability'],
		['  precision / recall', `${fixed(a.precision)} / ${fixed(a.recall)}`, `${fixed(b.precision)} / ${fixed(b.recall)}`, ''],
	);
}

if (runs('govpages')) {
	const scores: PageScore[] = [];
	const theirs = {title: 0, published: 0, sentences: 0};
	for (const {truth, html} of govPages(dataRoot)) {
		const result = run(html, truth.url, truth.file);
		const extraction = result.govclip;
		if (!extraction) {
			continue;
		}
		const score = scorePage(extraction, truth);
		scores.push(score);
		const text = normalizeText(result.readability?.text ?? '');
		theirs.title += Number(normalizeText(result.readability?.title ?? '') === normalizeText(truth.title));
		theirs.published += Number(result.readability?.publishedTime?.slice(0, 10) === truth.published);
		theirs.sentences += Number(text.includes(normalizeText(truth.first_sentence)) && text.includes(normalizeText(truth.last_sentence)));
		for (const miss of score.misses) {
			verbose(`govpages ${truth.file.slice(0, 24)} ${miss}`);
		}
	}
	const count = (key: 'title' | 'publisher' | 'published' | 'updated') => scores.filter(score => score[key]).length;
	const sentences = scores.filter(score => score.firstSentence && score.lastSentence).length;
	const emails = addTallies(scores.map(score => score.emails));
	const phones = addTallies(scores.map(score => score.phones));
	const links = addTallies(scores.map(score => score.links));
	const n = scores.length;
	results.govpages = {pages: n, title: count('title'), publisher: count('publisher'), published: count('published'), updated: count('updated'), sentences, emails, phones, links, readability: theirs};
	rows.push(
		['govpages title exact', ratio(count('title'), n), ratio(theirs.title, n), '≥ 14/15'],
		['govpages publisher', ratio(count('publisher'), n), '', ''],
		['govpages published date', ratio(count('published'), n), ratio(theirs.published, n), '≥ 14/15'],
		['govpages updated date', ratio(count('updated'), n), '', ''],
		['govpages first + last sentence', ratio(sentences, n), ratio(theirs.sentences, n), '15/15'],
		['govpages emails P / R', `${fixed(emails.precision, 2)} / ${fixed(emails.recall, 2)}`, '', '≥ 0.9 / 0.9'],
		['govpages phones P / R', `${fixed(phones.precision, 2)} / ${fixed(phones.recall, 2)}`, '', '≥ 0.9 / 0.9'],
		['govpages links P / R', `${fixed(links.precision, 2)} / ${fixed(links.recall, 2)}`, '', '≥ 0.9 / 0.9'],
	);
}

if (runs('readability')) {
	const ours: number[] = [];
	const theirs: number[] = [];
	for (const page of regressionPages(dataRoot)) {
		const result = run(page.html, REGRESSION_URL, page.name);
		const expected = parseDocument(`<!doctype html><html><body>${page.expectedHtml}</body></html>`).body.textContent ?? '';
		ours.push(tokenF1(result.govclip?.text ?? '', expected));
		theirs.push(tokenF1(result.readability?.text ?? '', expected));
		verbose(`readability ${page.name} F1 ${fixed(ours.at(-1)!)} (Readability ${fixed(theirs.at(-1)!)}) ${fixed(result.govclipMs, 0)} ms`);
	}
	results.readability = {pages: ours.length, govclip: mean(ours), readability: mean(theirs)};
	rows.push([`readability pages token F1 (${ours.length})`, fixed(mean(ours)), fixed(mean(theirs)), '≥ 0.98']);
}

const ours = timings.map(timing => timing.govclipMs);
const theirs = timings.map(timing => timing.readabilityMs);
const speed = {
	pages: timings.length,
	govclip: {median: percentile(ours, 0.5), p95: percentile(ours, 0.95), max: Math.max(...ours)},
	readability: {median: percentile(theirs, 0.5), p95: percentile(theirs, 0.95), max: Math.max(...theirs)},
	contactsLinks: {median: percentile(timings.map(timing => timing.contactsLinksMs), 0.5), p95: percentile(timings.map(timing => timing.contactsLinksMs), 0.95)},
	sanitize: {median: percentile(timings.map(timing => timing.sanitizeMs), 0.5), p95: percentile(timings.map(timing => timing.sanitizeMs), 0.95)},
};
results.speed = speed;
results.crashes = crashes;
rows.push(
	[`ms per page, median (${timings.length} pages)`, fixed(speed.govclip.median, 1), fixed(speed.readability.median, 1), `ratio ${fixed(speed.govclip.median / speed.readability.median, 2)} ≤ 1.5`],
	['ms per page, p95', fixed(speed.govclip.p95, 1), fixed(speed.readability.p95, 1), `ratio ${fixed(speed.govclip.p95 / speed.readability.p95, 2)} ≤ 1.5`],
	['ms per page, slowest', fixed(speed.govclip.max, 1), fixed(speed.readability.max, 1), 'no hang'],
	['  of which contacts + links, median / p95', `${fixed(speed.contactsLinks.median, 1)} / ${fixed(speed.contactsLinks.p95, 1)}`, '', ''],
	['sanitiser ms (jsdom), median / p95', `${fixed(speed.sanitize.median, 1)} / ${fixed(speed.sanitize.p95, 1)}`, '', 'not in the ratio'],
	['crashes', String(crashes.length), '', '0'],
);

console.log(formatTable(['metric', 'GovClip', 'Readability', 'target'], rows));
for (const crash of crashes) {
	console.log(`crash: ${crash}`);
}
const outFolder = join(projectRoot, 'bench-results');
mkdirSync(outFolder, {recursive: true});
writeFileSync(join(outFolder, 'extract.json'), `${JSON.stringify({date: new Date().toISOString(), only: flags.only ?? null, ...results}, null, '\t')}\n`);
