/**
 * Storage search benchmark: GovClip's own storage and search code over real Chromium IndexedDB.
 *
 *   npm run bench:search                          1,000 / 10,000 / 50,000 clips
 *   npm run bench:search -- --sizes 1000,10000    a quicker run
 *   npm run bench:search -- --rounds 8            fresh pages per size (first-query samples)
 *
 * Bundles bench/lib/search-page.ts with esbuild into dist/bench-search/, serves it on 127.0.0.1 and drives it in
 * Debian's Chromium (headless, playwright-core) with a fresh on-disk profile. Per size: import seeded synthetic
 * clips and merge the index; size on disk; from fresh pages, the first query (cold) then every query once
 * (warm) and again (repeat, decoded postings cached); typing a key at a time; saving one clip; the naive
 * scan over folded text in memory, in the same browser, as the anchor. Prints tables, writes
 * bench-results/search.json. Not a test: it never fails on a goal, it reports.
 */
import {build} from 'esbuild';
import {createServer} from 'node:http';
import {mkdir, mkdtemp, readFile, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {chromium, type BrowserContext, type Page} from 'playwright-core';
import {formatTable, type Row} from './lib/print-table.ts';
import {QUERY_KINDS, TYPING} from './lib/search-queries.ts';

type Bench = {
	seed(name: string, size: number): Promise<{importMs: number; mergeMs: number; merges: number}>;
	sizes(name: string): Promise<{usage: number; postingBytes: number; headBytes: number; terms: number; clips: number}>;
	query(name: string, queries: string[], idsOnly?: boolean): Promise<{ms: number[]; totals: number[]; openMs: number}>;
	warmThenQuery(name: string, query: string): Promise<{warmUpMs: number; ms: number}>;
	save(name: string, count: number): Promise<{ms: number[]; foundAtOnce: boolean; mergeMs: number}>;
	naivePrepare(size: number): Promise<void>;
	naive(queries: string[]): Promise<number[]>;
	relevance(): Promise<Record<string, {p5: number; mrr: number}>>;
};

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
	const at = args.indexOf(`--${name}`);
	return at >= 0 && args[at + 1] ? args[at + 1]! : fallback;
};
const SIZES = option('sizes', '1000,10000,50000').split(',').map(Number);
const ROUNDS = Number(option('rounds', '6'));
const SAVES = 30;
/** The Chromium the end-to-end tests drive (tests/e2e/lib/paths.mjs). */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT = 'dist/bench-search';

const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;
};
const ms = (value: number) => (value < 10 ? value.toFixed(2) : value < 1000 ? value.toFixed(1) : value.toFixed(0));
const mb = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

async function bundle(): Promise<void> {
	await rm(OUT, {recursive: true, force: true});
	await mkdir(OUT, {recursive: true});
	await build({entryPoints: ['bench/lib/search-page.ts'], bundle: true, format: 'esm', target: 'chrome120', outfile: `${OUT}/page.js`, logLevel: 'error'});
	await writeFile(`${OUT}/index.html`, '<!doctype html><meta charset="utf-8"><title>search bench</title><script type="module" src="page.js"></script>');
}

function serve(): Promise<{url: string; close(): void}> {
	const server = createServer(async (request, response) => {
		const file = request.url === '/page.js' ? 'page.js' : 'index.html';
		response.writeHead(200, {'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/html'});
		response.end(await readFile(join(OUT, file)));
	});
	return new Promise(resolve => server.listen(0, '127.0.0.1', () => {
		const {port} = server.address() as {port: number};
		resolve({url: `http://127.0.0.1:${port}/`, close: () => server.close()});
	}));
}

/** A fresh page (a new JavaScript context: no cached head, no cached postings) on the bench origin. */
async function open(context: BrowserContext, url: string): Promise<Page> {
	const page = await context.newPage();
	page.on('console', message => process.stdout.write(`    page: ${message.text()}\n`));
	page.on('pageerror', error => process.stdout.write(`    page error: ${error.message}\n`));
	await page.goto(url);
	await page.waitForFunction(() => 'bench' in globalThis);
	return page;
}

const call = <K extends keyof Bench>(page: Page, method: K, ...params: Parameters<Bench[K]>): Promise<Awaited<ReturnType<Bench[K]>>> =>
	page.evaluate(([method, params]) => (globalThis as unknown as {bench: Record<string, (...p: unknown[]) => unknown>}).bench[method]!(...params), [method, params] as const) as never;

async function measureSize(context: BrowserContext, url: string, size: number) {
	const name = `library-${size}`;
	console.log(`\n${size} clips`);
	let page = await open(context, url);
	const seeded = await call(page, 'seed', name, size);
	const disk = await call(page, 'sizes', name);
	await page.close();

	const kinds = Object.keys(QUERY_KINDS);
	const cold: {kind: string; ms: number; openMs: number}[] = [];
	const warm: Record<string, number[]> = {};
	const ids: Record<string, number[]> = {};
	const repeat: Record<string, number[]> = {};
	const hits: Record<string, number[]> = {};
	const typing: number[] = [];
	const warmed: {warmUpMs: number; ms: number}[] = [];
	for (let round = 0; round < ROUNDS; round++) {
		page = await open(context, url);
		const kind = kinds[round % kinds.length]!;
		const first = QUERY_KINDS[kind]![Math.floor(round / kinds.length) % QUERY_KINDS[kind]!.length]!;
		const {ms: [firstMs], openMs} = await call(page, 'query', name, [first]);
		cold.push({kind, ms: firstMs!, openMs});
		// Each query's first run in a page reads its postings from IndexedDB; rounds alternate which mode gets it.
		const idsOnly = round % 2 === 1;
		for (const [kind, queries] of Object.entries(QUERY_KINDS)) {
			const once = await call(page, 'query', name, queries, idsOnly);
			((idsOnly ? ids : warm)[kind] ??= []).push(...once.ms);
			hits[kind] = once.totals;
			(repeat[kind] ??= []).push(...(await call(page, 'query', name, queries)).ms);
		}
		typing.push(...(await call(page, 'query', name, TYPING)).ms);
		await page.close();
		page = await open(context, url);
		warmed.push(await call(page, 'warmThenQuery', name, first));
		await page.close();
	}
	page = await open(context, url);
	const saved = await call(page, 'save', name, SAVES);
	await page.close();

	page = await open(context, url);
	await call(page, 'naivePrepare', size);
	const naive: Record<string, number[]> = {};
	for (const [kind, queries] of Object.entries(QUERY_KINDS)) {
		naive[kind] = [...await call(page, 'naive', queries), ...await call(page, 'naive', queries)];
	}
	await page.close();
	return {size, seeded, disk, cold, warmed, warm, ids, repeat, hits, typing, saved, naive};
}

type Measured = Awaited<ReturnType<typeof measureSize>>;

function report(result: Measured): string {
	const {size, seeded, disk, cold, warmed, warm, ids, repeat, hits, typing, saved, naive} = result;
	const rows: Row[] = Object.keys(warm).map(kind => {
		const scans = kind !== 'filter only'; // the naive scan has no filters: it would find nothing
		return [
			kind, ms(percentile(ids[kind] ?? [], 50)), ms(percentile(ids[kind] ?? [], 95)),
			ms(percentile(warm[kind]!, 50)), ms(percentile(warm[kind]!, 95)), ms(percentile(repeat[kind]!, 50)),
			scans ? ms(percentile(naive[kind]!, 50)) : '—', scans ? ms(percentile(naive[kind]!, 95)) : '—',
			scans ? `${(percentile(naive[kind]!, 50) / percentile(warm[kind]!, 50)).toFixed(1)}×` : '—',
			String(Math.round(hits[kind]!.reduce((a, b) => a + b, 0) / hits[kind]!.length)),
		];
	});
	rows.push(['typing (per key)', '', '', ms(percentile(typing, 50)), ms(percentile(typing, 95)), '', '', '', '', '']);
	const coldMs = cold.map(sample => sample.ms);
	return [
		`\n${size.toLocaleString('en')} clips: import ${ms(seeded.importMs / 1000)} s + index merge ${ms(seeded.mergeMs / 1000)} s (${seeded.merges} merges); ` +
		`${disk.terms.toLocaleString('en')} terms; on disk ${mb(disk.usage)} (postings ${mb(disk.postingBytes)}, head ${mb(disk.headBytes)})`,
		`first query after open: p50 ${ms(percentile(coldMs, 50))} ms, max ${ms(Math.max(...coldMs))} ms (${cold.map(sample => `${sample.kind} ${ms(sample.ms)}`).join(', ')}); ` +
		`opening the database before it: p50 ${ms(percentile(cold.map(sample => sample.openMs), 50))} ms`,
		`first query when the page warmed the search up as it opened: p50 ${ms(percentile(warmed.map(sample => sample.ms), 50))} ms, ` +
		`max ${ms(Math.max(...warmed.map(sample => sample.ms)))} ms (the warm-up itself: p50 ${ms(percentile(warmed.map(sample => sample.warmUpMs), 50))} ms)`,
		`save one clip: p50 ${ms(percentile(saved.ms, 50))} ms, p95 ${ms(percentile(saved.ms, 95))} ms; findable before merge: ${saved.foundAtOnce ? 'yes' : 'NO'}; merging ${SAVES} saves: ${ms(saved.mergeMs)} ms`,
		formatTable(['query (ms)', 'ids p50', 'ids p95', 'page p50', 'page p95', 'repeat p50', 'naive p50', 'naive p95', 'naive/page', 'hits'], rows),
		'ids = ranked ids from the index alone; page = searchLibrary: ids + 20 clip rows and bodies + snippets; repeat = the same query again (postings cached)',
	].join('\n');
}

function goals(result: Measured): string {
	const all = Object.values(result.warm).flat();
	const allIds = Object.values(result.ids).flat();
	const coldMax = Math.max(...result.cold.map(sample => sample.ms));
	const rows: Row[] = [
		['warm p95, ranked ids, all kinds', `${ms(percentile(allIds, 95))} ms`, '≤ 10 ms'],
		['warm p95, page with snippets, all kinds', `${ms(percentile(all, 95))} ms`, '≤ 10 ms'],
		['first query after open (max)', `${ms(coldMax)} ms`, '≤ 50 ms'],
		['first query after a warm-up at open (max)', `${ms(Math.max(...result.warmed.map(sample => sample.ms)))} ms`, '≤ 50 ms'],
		['save p95', `${ms(percentile(result.saved.ms, 95))} ms`, '≤ 100 ms'],
	];
	return formatTable([`goals at ${result.size.toLocaleString('en')}`, 'measured', 'goal'], rows);
}

await bundle();
const server = await serve();
const profile = await mkdtemp(join(tmpdir(), 'govclip-bench-'));
const context = await chromium.launchPersistentContext(profile, {
	executablePath: CHROMIUM,
	headless: true,
	args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const started = performance.now();
try {
	const page = await open(context, server.url);
	const relevance = await call(page, 'relevance');
	await page.close();
	const results: Measured[] = [];
	for (const size of SIZES) {
		results.push(await measureSize(context, server.url, size));
		console.log(report(results.at(-1)!));
	}
	console.log(`\nsearch bench (Chromium ${context.browser()?.version() ?? ''}, IndexedDB on disk; ms unless stated; naive = substring scan over folded text in memory, filters ignored)`);
	for (const result of results) console.log(report(result));
	console.log(`\nrelevance on tests/fixtures/search/relevance.ts (${'15'} labelled queries)`);
	console.log(formatTable(['ranker', 'precision@5', 'MRR'], Object.entries(relevance).map(([name, {p5, mrr}]): Row => [name, p5.toFixed(2), mrr.toFixed(2)])));
	const tenK = results.find(result => result.size === 10000);
	if (tenK) console.log(`\nimport of 10,000 clips with indexing: ${ms((tenK.seeded.importMs + tenK.seeded.mergeMs) / 1000)} s (goal ≤ 60 s)`);
	const largest = results.at(-1);
	if (largest) console.log(goals(largest));
	console.log(`\nwhole run: ${ms((performance.now() - started) / 1000)} s`);
	await mkdir('bench-results', {recursive: true});
	await writeFile('bench-results/search.json', JSON.stringify({at: new Date().toISOString(), rounds: ROUNDS, relevance, results}, null, '\t'));
} finally {
	await context.close();
	server.close();
	await rm(profile, {recursive: true, force: true});
	await rm(OUT, {recursive: true, force: true});
}
