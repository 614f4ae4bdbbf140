/**
 * Search-core micro-benchmark: query latency of the in-memory index against a naive scan, in one process.
 *
 *   node --import tsx bench/search-core.ts                 1k and 10k clips
 *   node --import tsx bench/search-core.ts 1000,50000 30   sizes, repetitions per query
 *
 * Not a test: it prints a table (p50/p95 per query kind, and the naive scan's ratio), never fails.
 * The IndexedDB store adds its own read costs on top of these; the storage benchmark measures those.
 */
import {performance} from 'node:perf_hooks';
import {MemoryIndexStore} from '../src/core/search/memory-index-store.ts';
import {naiveDoc, naiveSearch} from '../src/core/search/naive-search.ts';
import {encodePostings} from '../src/core/search/postings.ts';
import {search} from '../src/core/search/search.ts';
import {syntheticClips} from './lib/synthetic-clips.ts';

const QUERIES: Record<string, string[]> = {
	'one word': ['housing', 'hydrogen', 'potholes', 'veterans', 'curriculum', 'tariffs', 'vaccination', 'probation'],
	'two words': ['housing funding', 'offshore wind', 'knife crime', 'mental health', 'trade deal', 'heat pumps', 'electric vehicles', 'waiting lists'],
	'prefix': ['minis', 'hous', 'vacc', 'curric', 'tarif', 'pothol', 'appren', 'procur'],
	'phrase': ['"net zero"', '"knife crime"', '"mental health"', '"offshore wind"', '"green belt"', '"social care"', '"trade deal"', '"level crossings"'],
	'filter': ['housing dept:"Cabinet Office"', 'tag:energy after:2023-01-01', 'rail site:gov.uk before:2021', 'type:speech nhs', 'tag:defence -site:gov.uk', 'dept:treasury published:2022', 'schools type:"press release" after:2024', 'clipped-after:2024-06 tag:trade'],
};

function percentile(sorted: number[], p: number): number {
	return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))]!;
}

async function time(run: () => Promise<unknown> | unknown, repetitions: number): Promise<number[]> {
	const samples: number[] = [];
	for (let i = 0; i < repetitions; i++) {
		const start = performance.now();
		await run();
		samples.push(performance.now() - start);
	}
	return samples;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(7);

async function benchmark(size: number, repetitions: number): Promise<void> {
	const clips = syntheticClips(size, {seed: 42});
	let start = performance.now();
	const store = MemoryIndexStore.fromClips(clips);
	const buildMs = performance.now() - start;
	const naive = clips.map(naiveDoc);
	const head = await store.head();
	const lists = await store.postings(head.dictionary.terms);
	start = performance.now();
	const bytes = lists.reduce((sum, list) => sum + (list ? encodePostings(list).length : 0), 0);
	const encodeMs = performance.now() - start;
	const dictionaryBytes = head.dictionary.encode().terms.length * 2 + head.dictionary.dfs.byteLength + head.docs.ids.byteLength * 3;
	console.log(`\n${size} clips: built in ${(buildMs / 1000).toFixed(1)} s (${(buildMs / size).toFixed(2)} ms a clip); ` +
		`${head.dictionary.size} terms; head ≈ ${(dictionaryBytes / 1e6).toFixed(1)} MB; packed postings ${(bytes / 1e6).toFixed(1)} MB (encoded in ${encodeMs.toFixed(0)} ms)`);
	console.log('query kind    index p50  index p95  naive p50  naive p95  p50 ratio  hits (avg)');
	for (const [kind, queries] of Object.entries(QUERIES)) {
		const indexed: number[] = [];
		const scanned: number[] = [];
		let hits = 0;
		for (const query of queries) {
			const options = {limit: 20, prefix: kind === 'prefix'};
			hits += (await search(query, store, options)).total; // also the warm-up
			indexed.push(...(await time(() => search(query, store, options), repetitions)));
			scanned.push(...(await time(() => naiveSearch(query, naive, 20), Math.max(3, Math.ceil(repetitions / 5)))));
		}
		indexed.sort((a, b) => a - b);
		scanned.sort((a, b) => a - b);
		const [i50, i95, n50, n95] = [percentile(indexed, 50), percentile(indexed, 95), percentile(scanned, 50), percentile(scanned, 95)];
		console.log(`${kind.padEnd(12)} ${fmt(i50)}    ${fmt(i95)}    ${fmt(n50)}    ${fmt(n95)}    ${(n50 / i50).toFixed(0).padStart(6)}×  ${Math.round(hits / queries.length)}`);
	}
}

const sizes = (process.argv[2] ?? '1000,10000').split(',').map(Number);
const repetitions = Number(process.argv[3] ?? 20);
console.log(`search-core bench (times in ms; naive = substring scan over pre-folded text, filters ignored)`);
for (const size of sizes) {
	await benchmark(size, repetitions);
}
