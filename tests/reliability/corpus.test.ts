// R1: the shared real-page corpora (Readability's 130 test pages, the government pages with their key, the
// article-extraction benchmark's news pages) run through the real extraction: none crashes or hangs, none
// leaks anything executable into its stored HTML, none loses the article Readability's own key holds, and each
// government page keeps its key's title, dates and first and last sentence. Skips without ../shared/data.
// (Accuracy figures and speed are the benchmark's: `npm run bench:extract`.)
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {performance} from 'node:perf_hooks';
import {parseHTML} from 'linkedom';
import {benchmarkPages, govPages, regressionPages, REGRESSION_URL} from '../../bench/lib/corpora.ts';
import {findDataRoot} from '../../bench/lib/data-root.ts';
import {scorePage} from '../../bench/lib/govpages-score.ts';
import {tokenF1} from '../../bench/lib/text-metrics.ts';
import {createNodeSanitizer} from '../../src/cli/node-sanitizer.ts';
import {extractClip} from '../../src/core/extract/extract-clip.ts';
import type {Extraction} from '../../src/shared/types.ts';
import {executableConstructs} from '../helpers/executable-constructs.ts';

const dataRoot = findDataRoot();
const skip = dataRoot ? false : 'no ../shared/data beside the project';
const NOW = Date.UTC(2026, 0, 15);
// Not a speed measure: a page that takes this long is stuck (the slowest takes well under a second here).
const HANG_MS = 10_000;
const sanitizer = createNodeSanitizer({loadRemoteImages: false});

const parse = (html: string) => parseHTML(html).document as unknown as Document;

/** Extracts one page; a throw, a hang or executable HTML in the result is recorded as a failure under `name`. */
function extractChecked(html: string, url: string, name: string, failures: string[]): Extraction | null {
	const started = performance.now();
	let extraction: Extraction;
	try {
		extraction = extractClip(parse(html), {url, now: NOW, sanitizer});
	} catch (error) {
		failures.push(`${name}: threw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
		return null;
	}
	const ms = performance.now() - started;
	if (ms > HANG_MS) {
		failures.push(`${name}: took ${Math.round(ms)} ms`);
	}
	const unsafe = executableConstructs(extraction.contentHtml);
	if (unsafe.length > 0) {
		failures.push(`${name}: stored HTML holds ${unsafe.slice(0, 3).join(', ')}`);
	}
	if (typeof extraction.title !== 'string' || typeof extraction.text !== 'string') {
		failures.push(`${name}: title or text is not a string`);
	}
	return extraction;
}

test('R1: Readability\'s test pages never crash or hang, and none loses the article its key holds', {skip, timeout: 600_000}, () => {
	const failures: string[] = [];
	const scores: number[] = [];
	for (const page of regressionPages(dataRoot!)) {
		const extraction = extractChecked(page.html, REGRESSION_URL, page.name, failures);
		const expected = parse(`<!doctype html><html><body>${page.expectedHtml}</body></html>`).body.textContent ?? '';
		const score = tokenF1(extraction?.text ?? '', expected);
		scores.push(score);
		// A key of a few words is a test of entity handling, not an article to keep.
		if (expected.split(/\s+/).filter(Boolean).length >= 50 && score < 0.5) {
			failures.push(`${page.name}: token F1 ${score.toFixed(2)} against the expected article`);
		}
	}
	assert.ok(scores.length >= 130, `${scores.length} pages read`);
	assert.deepEqual(failures, []);
	const mean = scores.reduce((sum, score) => sum + score, 0) / scores.length;
	assert.ok(mean >= 0.97, `mean token F1 ${mean.toFixed(3)}`);
});

test('R1: the government pages never crash and each keeps its key\'s title, dates and first and last sentence', {skip, timeout: 600_000}, () => {
	const failures: string[] = [];
	let pages = 0;
	for (const {truth, html} of govPages(dataRoot!)) {
		pages++;
		const extraction = extractChecked(html, truth.url, truth.file, failures);
		if (!extraction) {
			continue;
		}
		const score = scorePage(extraction, truth);
		const missed = (['title', 'published', 'updated', 'firstSentence', 'lastSentence'] as const).filter(field => !score[field]);
		if (!extraction.isArticle || missed.length > 0) {
			failures.push(`${truth.file}: ${extraction.isArticle ? `missed ${missed.join(', ')}` : 'not taken for an article'}`);
		}
	}
	assert.ok(pages >= 15, `${pages} pages read`);
	assert.deepEqual(failures, []);
});

test('R1: the benchmark\'s news pages never crash or hang, and each gives an article', {skip, timeout: 600_000}, () => {
	const failures: string[] = [];
	let pages = 0;
	for (const page of benchmarkPages(dataRoot!)) {
		pages++;
		const extraction = extractChecked(page.html, page.url, page.id, failures);
		if (extraction && extraction.text.trim() === '') {
			failures.push(`${page.id}: empty text`);
		}
	}
	assert.ok(pages >= 181, `${pages} pages read`);
	assert.deepEqual(failures, []);
});
