/** Reads the three measurement corpora from the shared data folder, one page at a time. */
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {gunzipSync} from 'node:zlib';
import type {TruthPage} from './govpages-score.ts';

export type BenchmarkPage = {id: string; url: string; html: string; truth: string};
export type GovPage = {truth: TruthPage; html: string};
export type RegressionPage = {name: string; html: string; expectedHtml: string};

/** scrapinghub's article-extraction-benchmark: gzipped pages and one ground-truth file. */
export function* benchmarkPages(dataRoot: string): Generator<BenchmarkPage> {
	const folder = join(dataRoot, 'article-extraction-benchmark');
	const truth = JSON.parse(readFileSync(join(folder, 'ground-truth.json'), 'utf8')) as Record<string, {articleBody: string; url: string}>;
	for (const [id, {articleBody, url}] of Object.entries(truth)) {
		const file = join(folder, 'html', `${id}.html.gz`);
		if (existsSync(file)) {
			yield {id, url, html: gunzipSync(readFileSync(file)).toString('utf8'), truth: articleBody};
		}
	}
}

export function* govPages(dataRoot: string): Generator<GovPage> {
	const folder = join(dataRoot, 'govpages-dev');
	const {pages} = JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8')) as {pages: Array<Omit<TruthPage, 'url'> & {url: string | null}>};
	for (const truth of pages) {
		const url = truth.url ?? REAL_ADDRESSES[truth.file];
		if (!url) {
			throw new Error(`${truth.file}: no address; add the page's real one to REAL_ADDRESSES`);
		}
		yield {truth: {...truth, url}, html: readFileSync(join(folder, truth.file), 'utf8')};
	}
}

/**
 * Pages whose key has `url: null` (no canonical or og:url in the snapshot). The extension always knows the tab's
 * real address, so the bench must pass it too: a stand-in host root would resolve every relative link wrongly.
 * Each address is the page's own, as the page states it.
 */
const REAL_ADDRESSES: Record<string, string> = {
	// GOV.UK's "Is there anything wrong with this page?" form carries the page address in a hidden `url` field.
	'07-uk-govuk-publication-nhs-special-measures-2014.html': 'https://www.gov.uk/government/publications/nhs-trusts-and-foundation-trusts-in-special-measures-1-year-on',
	'09-uk-govuk-guidance-ilr-check-data-2016.html': 'https://www.gov.uk/government/publications/individualised-learner-record-ilr-check-that-data-is-accurate',
	// admin.ch's page counter names it (`et_url`, minus the CMS's internal /content prefix); news item 14093 of the list.
	'15-ch-uvek-rede-leuenberger-staedtegipfel-2007.html': 'https://www.wbf.admin.ch/wbf/de/home/dokumentation/nsb-news_list.msg-id-14093.html',
};

/** Mozilla Readability's test pages, each run at Readability's own fake address. */
export function* regressionPages(dataRoot: string): Generator<RegressionPage> {
	const folder = join(dataRoot, 'readability-test-pages');
	for (const name of readdirSync(folder).sort()) {
		const source = join(folder, name, 'source.html');
		if (existsSync(source)) {
			yield {name, html: readFileSync(source, 'utf8'), expectedHtml: readFileSync(join(folder, name, 'expected.html'), 'utf8')};
		}
	}
}

export const REGRESSION_URL = 'http://fakehost/test/page.html';
