// R2 on big pages, the same in both browsers: the refusals past the caps and the saving budgets (Node side).
import assert from 'node:assert/strict';
import {auditLibrary, pendingIndexEntries} from './db-audit.mjs';
import {afterFirstFrame, selectParagraphs, sendClipTab} from './clip-driver.mjs';
import {bigPage, markupPage} from './synthetic-pages.mjs';
import {assertWhole} from './library-checks.mjs';

/**
 * Serves `body` at `path`, opens it with `open(url)` (the browser's own way, giving {tab, id}), waits for the page's
 * first frame and clips it: the reply, its time, the first layout's time, and how many clips it added.
 */
export async function clipBigPage({control, site, open, heapOf}, path, body) {
	site.set(path, {type: 'text/html; charset=utf-8', body});
	const {tab, id} = await open(`${site.url}${path}`);
	const layoutStarted = Date.now();
	await tab.evaluate(afterFirstFrame);
	const layoutMs = Date.now() - layoutStarted;
	const before = (await control.evaluate(auditLibrary)).clips.length;
	const heapBefore = await heapOf?.(tab);
	const {reply, ms} = await control.evaluate(sendClipTab, id);
	const heapAfter = await heapOf?.(tab);
	const saved = (await control.evaluate(auditLibrary)).clips.length - before;
	// The heap the tab committed, read as soon as the clip answers, less what it used before: V8 grows its heap to
	// the peak and gives memory back only seconds later, so this bounds the clip's peak from above.
	const heapGrowthMb = heapBefore && heapAfter ? Math.round((heapAfter.totalSize - heapBefore.usedSize) / 2 ** 20) : null;
	return {tab, id, reply, ms, layoutMs, saved, heapGrowthMb};
}

/** Plan R2: extracting a 5 MB page may grow the tab's heap by 500 MB at most (checked where the heap can be read). */
export const MAX_HEAP_GROWTH_MB = 500;

/**
 * Plan: past the element cap, a typed TOO_LARGE within 1 s and a responsive tab, timed from the page's first frame
 * (until then the renderer is busy with the page's own layout, 1-4 s for 10 MB). Then what the refusal suggests,
 * "Clip selection", works on that page: it measures and reads the selection only.
 */
export async function refusesPastElementCap(browserName, page) {
	const {control} = page;
	const {tab, id, reply, ms, layoutMs, saved} = await clipBigPage(page, '/big-10mb.html', bigPage({megabytes: 10, elements: 100_000}));
	const started = Date.now();
	await tab.evaluate(() => document.title);
	const responseMs = Date.now() - started;
	console.log(`# R2 ${browserName}: 10 MB/100k elements → ${reply.ok ? 'saved' : reply.error.code} in ${Math.round(ms)} ms (first layout ${layoutMs} ms; tab answered in ${responseMs} ms)`);
	assert.equal(reply.ok, false, '10 MB refused');
	assert.equal(reply.error.code, 'TOO_LARGE');
	assert.match(reply.error.message, /100,0\d\d elements/);
	assert.ok(ms <= 1000, `TOO_LARGE within 1 s (${Math.round(ms)} ms)`);
	assert.ok(responseMs <= 1000, `the tab answered in ${responseMs} ms`);
	assert.equal(saved, 0, 'nothing saved');
	await tab.evaluate(selectParagraphs, 10);
	const selection = await control.evaluate(sendClipTab, {tabId: id, mode: 'selection'});
	console.log(`# R2 ${browserName}: "Clip selection" on the same page → ${selection.reply.ok ? selection.reply.value.status : selection.reply.error.code} in ${Math.round(selection.ms)} ms`);
	assert.equal(selection.reply.ok, true, `the selection is clipped (${JSON.stringify(selection.reply.error)})`);
	assert.ok(selection.ms <= 5000, `the selection clipped in ${Math.round(selection.ms)} ms`);
	await tab.close().catch(() => undefined);
}

/** 5 MB of text is more than a clip holds (2,000,000 characters): refused within 1 s as the element cap is, before any extraction. */
export async function refusesTooMuchText(browserName, page) {
	const {tab, reply, ms, layoutMs, saved} = await clipBigPage(page, '/big-5mb.html', bigPage({megabytes: 5, elements: 50_000}));
	console.log(`# R2 ${browserName}: 5 MB/50k elements, 4.6M characters of text → ${reply.ok ? 'saved' : reply.error.code} in ${Math.round(ms)} ms (first layout ${layoutMs} ms)`);
	assert.equal(reply.ok, false, '5 MB of text refused');
	assert.equal(reply.error.code, 'TOO_LARGE');
	assert.match(reply.error.message, /more than 2,000,000 characters of text/);
	assert.ok(ms <= 1000, `TOO_LARGE within 1 s (${Math.round(ms)} ms)`);
	assert.equal(saved, 0, 'nothing saved');
	await tab.close().catch(() => undefined);
}

/** Plan R2 for a 5 MB page of 50,000 elements, as medians over its runs: reading it (the sanitiser apart) and sanitising. */
export const R2_BUDGETS = {extractMs: 3000, sanitizeMs: 1000};

/** Plan R2's runs of each size. */
export const R2_RUNS = 5;

/**
 * Waits until the background has merged the clip's search entry (it does 1.5 s after a save): the next run then
 * starts as a clip made a while after the last one does, not while a big merge holds a core.
 */
async function indexMerged(control, label) {
	for (const started = Date.now(); await control.evaluate(pendingIndexEntries) > 0;) {
		assert.ok(Date.now() - started < 20_000, `${label}: the search index merged the clip within 20 s`);
		await new Promise(resolve => setTimeout(resolve, 100));
	}
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * R2's saving budgets: pages whose text fits a clip, clipped R2_RUNS times each (each run a page of its own, so every
 * run saves a new clip). `page` ({control, site, open}) opens them in the browser under test (clipBigPage). Asserted:
 * no hang (an answer inside the background's 20 s deadline), a whole clip, the tab's heap, and for the 5 MB page the
 * plan's budgets for reading and sanitising (medians of the timings the save reports). Our own budget for the whole
 * save, from the click to "Saved" (2 s for 1 MB, 3 s for 5 MB), is returned as `over` when past (the caller reports a
 * todo): the whole save of the 5 MB page took 2.7–3.0 s in Chromium and 3.1–3.5 s in Firefox (medians) in CI runs.
 */
export async function clipWithinBudgets(page) {
	const {control} = page;
	const sizes = [
		{name: '1 MB/12k elements', path: 'big-1mb', body: bigPage({megabytes: 1, elements: 12_000}), budget: 2000},
		{name: '5 MB/50k elements, 1.5M characters of text', path: 'markup-5mb', body: markupPage({megabytes: 5, elements: 50_000, textChars: 1_500_000}), budget: 3000, plan: R2_BUDGETS},
	];
	const report = [];
	const over = [];
	for (const size of sizes) {
		const runs = [];
		for (let run = 1; run <= R2_RUNS; run++) {
			// A page of its own per run: the same text again would be "already clipped", not saved.
			const body = size.body.replace('>0</span>', `>run ${run}</span>`);
			const {tab, reply, ms, heapGrowthMb} = await clipBigPage(page, `/${size.path}-${run}.html`, body);
			const label = `${size.name}, run ${run}`;
			if (heapGrowthMb !== null) {
				assert.ok(heapGrowthMb <= MAX_HEAP_GROWTH_MB, `${label}: the tab's heap grew by ${heapGrowthMb} MB (at most ${MAX_HEAP_GROWTH_MB} MB)`);
			}
			assert.ok(ms <= 25_000, `${label} answered inside the 20 s deadline (${Math.round(ms)} ms)`);
			assert.equal(reply.ok, true, `${label}: saved (${JSON.stringify(reply.error)})`);
			assert.equal(reply.value.status, 'saved', label);
			assertWhole(await control.evaluate(auditLibrary), `after ${label}`);
			await tab.close().catch(() => undefined);
			const {readMs, sanitizeMs, saveMs} = reply.value.timings;
			runs.push({ms, extractMs: readMs - sanitizeMs, sanitizeMs, saveMs, heapGrowthMb});
			await indexMerged(control, label);
		}
		const medians = Object.fromEntries(['ms', 'extractMs', 'sanitizeMs', 'saveMs'].map(key => [key, Math.round(median(runs.map(run => run[key])))]));
		const heap = runs[0].heapGrowthMb === null ? '' : `; tab heap +${Math.max(...runs.map(run => run.heapGrowthMb))} MB at most`;
		report.push(`${size.name}, median of ${R2_RUNS}: whole save ${medians.ms} ms (budget ${size.budget} ms; runs ${runs.map(run => Math.round(run.ms)).join(', ')}), `
			+ `reading ${medians.extractMs} ms and sanitising ${medians.sanitizeMs} ms${size.plan ? ` (plan: ≤ ${size.plan.extractMs} and ≤ ${size.plan.sanitizeMs})` : ''}, saving ${medians.saveMs} ms${heap}`);
		if (size.plan) {
			assert.ok(medians.extractMs <= size.plan.extractMs, `${size.name}: reading took ${medians.extractMs} ms, median of ${R2_RUNS} (plan: ≤ ${size.plan.extractMs} ms)`);
			assert.ok(medians.sanitizeMs <= size.plan.sanitizeMs, `${size.name}: sanitising took ${medians.sanitizeMs} ms, median of ${R2_RUNS} (plan: ≤ ${size.plan.sanitizeMs} ms)`);
		}
		if (medians.ms > size.budget) {
			over.push(`${size.name}: the whole save took ${medians.ms} ms, median of ${R2_RUNS} (budget ${size.budget} ms)`);
		}
	}
	return {report: report.join('; '), over: over.length === 0 ? null : `over a time budget here: ${over.join('; ')}`};
}
