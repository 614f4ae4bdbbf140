/**
 * Big-page benchmark (plan R2): the 1 MB and 5 MB synthetic pages of the end-to-end R2 test, extracted and sanitised
 * in real Chromium and Firefox with the extension's own code, against the plan's budgets for 5 MB / 50,000
 * elements: extract ≤ 3 s, sanitise ≤ 1 s.
 *
 *   npm run bench:bigpage                   both browsers, 5 runs per page
 *   npm run bench:bigpage -- --runs 9       more runs
 *   npm run bench:bigpage -- --browsers chromium
 *
 * Each run loads the page afresh and runs bench/lib/big-page-runner.ts in it: the page measure, the copy, extractClip
 * (its time less the sanitiser's) and the sanitiser, then plain Readability on another copy as the anchor. Medians
 * and maxima are reported; the end-to-end test reports the whole save (click to "Saved") on the same pages. Prints a
 * table and writes bench-results/bigpage.json. Not a test: it reports.
 */
import {build} from 'esbuild';
import {createServer, type Server} from 'node:http';
import {mkdir, writeFile} from 'node:fs/promises';
import {loadavg} from 'node:os';
import {chromium} from 'playwright-core';
import puppeteer from 'puppeteer-core';
import {bigPage, markupPage} from '../tests/e2e/lib/synthetic-pages.mjs';
import type {BigPageTimes} from './lib/big-page-runner.ts';
import {formatTable, type Row} from './lib/print-table.ts';
import {percentile} from './lib/text-metrics.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const RUNS = Number(option('runs', '5'));
const BROWSERS = option('browsers', 'chromium,firefox').split(',');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

const PAGES = [
	{name: '1 MB / 12k elements', path: '/1mb.html', html: bigPage({megabytes: 1, elements: 12_000}), budget: null},
	{name: '5 MB / 50k elements', path: '/5mb.html', html: markupPage({megabytes: 5, elements: 50_000, textChars: 1_500_000}), budget: {extractMs: 3000, sanitizeMs: 1000}},
];

/** What a browser can do for the benchmark: open a page and evaluate an expression in it. */
type Driver = {open(url: string): Promise<{evaluate(expression: string): Promise<unknown>; close(): Promise<void>}>; close(): Promise<void>};

/** Opens pages in a launched browser; both playwright's and puppeteer's pages have goto, evaluate and close. */
function driverOf(browser: {newPage(): Promise<{goto(url: string, options: {timeout: number}): Promise<unknown>; evaluate(expression: string): Promise<unknown>; close(): Promise<void>}>; close(): Promise<void>}): Driver {
	return {
		async open(url) {
			const page = await browser.newPage();
			await page.goto(url, {timeout: 60_000});
			return {evaluate: expression => page.evaluate(expression), close: () => page.close()};
		},
		close: () => browser.close(),
	};
}

async function launch(name: string): Promise<Driver> {
	return name === 'firefox'
		? driverOf(await puppeteer.launch({browser: 'firefox', executablePath: FIREFOX, headless: true}))
		: driverOf(await chromium.launch({executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu']}));
}

async function serve(routes: Map<string, string>): Promise<{server: Server; url: string}> {
	const server = createServer((request, response) => {
		const body = routes.get(request.url ?? '');
		const type = request.url?.endsWith('.js') ? 'text/javascript' : 'text/html';
		response.writeHead(body === undefined ? 404 : 200, {'content-type': `${type}; charset=utf-8`});
		response.end(body ?? 'not found');
	});
	await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
	const address = server.address();
	return {server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`};
}

const bundle = await build({entryPoints: ['bench/lib/big-page-runner.ts'], bundle: true, format: 'iife', write: false, minify: true, target: 'es2022', logLevel: 'warning', define: {__DEV__: 'false'}});
const runner = bundle.outputFiles[0]!.text;
const routes = new Map(PAGES.map(page => [page.path, page.html.replace('</body>', '<script src="/runner.js"></script></body>')]));
routes.set('/runner.js', runner);
const {server, url} = await serve(routes);

type Result = {browser: string; page: string; budget: (typeof PAGES)[number]['budget']; runs: BigPageTimes[]};
const results: Result[] = [];
console.log(`big pages: ${RUNS} runs per page, load average ${loadavg().map(load => load.toFixed(1)).join(' ')}`);
for (const name of BROWSERS) {
	const driver = await launch(name);
	for (const page of PAGES) {
		const runs: BigPageTimes[] = [];
		for (let run = 0; run < RUNS; run++) {
			const tab = await driver.open(`${url}${page.path}`);
			runs.push(await tab.evaluate('runBigPage()') as BigPageTimes);
			await tab.close();
		}
		results.push({browser: name, page: page.name, budget: page.budget, runs});
	}
	await driver.close();
}
server.close();

const median = (values: number[]) => percentile(values, 0.5);
const ms = (values: number[]) => `${Math.round(median(values))} / ${Math.round(Math.max(...values))}`;
const verdict = (values: number[], budget: number | undefined) => (budget === undefined ? '' : median(values) <= budget ? ` ≤ ${budget} ✓` : ` > ${budget} ✗`);
const rows: Row[] = results.map(({browser, page, budget, runs}) => {
	const extract = runs.map(run => run.extractMs);
	const sanitize = runs.map(run => run.sanitizeMs);
	const readability = runs.map(run => run.readabilityMs);
	return [
		`${browser}, ${page}`,
		ms(runs.map(run => run.measureMs)),
		ms(runs.map(run => run.copyMs)),
		ms(extract) + verdict(extract, budget?.extractMs),
		ms(sanitize) + verdict(sanitize, budget?.sanitizeMs),
		ms(readability),
		(median(extract) / median(readability)).toFixed(2),
	];
});
console.log(formatTable(['page (ms, median / max)', 'measure', 'copy', 'extract', 'sanitise', 'plain Readability', 'extract / Readability'], rows));
await mkdir('bench-results', {recursive: true});
await writeFile('bench-results/bigpage.json', `${JSON.stringify({at: new Date().toISOString(), load: loadavg(), runs: RUNS, results}, null, '\t')}\n`);
