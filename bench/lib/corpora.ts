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
	const {pages} = JSON.parse(readFileSync(join(folder, 'truth.json'), 'utf8')) as {pages: TruthPage[]};
	for (const truth of pages) {
		const url = /^https?:/.test(truth.url) ? truth.url : guessUrl(truth.url);
		yield {truth: {...truth, url}, html: readFileSync(join(folder, truth.file), 'utf8')};
	}
}

/** A few pages have no address of their own: the key says "(none; …)" and names the host in words. */
function guessUrl(note: string): string {
	const host = /\bwww\.[\w-]+(?:\.[\w-]+)+/.exec(note)?.[0] ?? (/GOV\.UK/i.test(note) ? 'www.gov.uk' : 'example.org');
	return `https://${host}/`;
}

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
