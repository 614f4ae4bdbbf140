// R2 on big pages, the same in both browsers: the refusals past the caps and the saving budgets (Node side).
import assert from 'node:assert/strict';
import {auditLibrary} from './db-audit.mjs';
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

/**
 * R2's saving budgets: pages whose text fits a clip, and how long saving each may take. `page` ({control, site, open}) opens
 * them in the browser under test (clipBigPage). "No hang" (an answer inside the background's 20 s deadline, a
 * whole clip or a typed TOO_LARGE) is asserted; the timings are returned for the report.
 */
export async function clipWithinBudgets(page) {
	const {control} = page;
	const timings = [];
	for (const size of [
		{name: '1 MB/12k elements', path: '/big-1mb.html', body: bigPage({megabytes: 1, elements: 12_000}), budget: 2000},
		{name: '5 MB/50k elements, 1.5M characters of text', path: '/markup-5mb.html', body: markupPage({megabytes: 5, elements: 50_000, textChars: 1_500_000}), budget: 3000},
	]) {
		const {tab, reply, ms, heapGrowthMb} = await clipBigPage(page, size.path, size.body);
		timings.push({name: size.name, budget: size.budget, ms: Math.round(ms), heapGrowthMb, result: reply.ok ? reply.value.status : reply.error.code});
		if (heapGrowthMb !== null) {
			assert.ok(heapGrowthMb <= MAX_HEAP_GROWTH_MB, `${size.name}: the tab's heap grew by ${heapGrowthMb} MB (at most ${MAX_HEAP_GROWTH_MB} MB)`);
		}
		assert.ok(ms <= 25_000, `${size.name} answered inside the 20 s deadline (${Math.round(ms)} ms)`);
		assert.ok(reply.ok || reply.error.code === 'TOO_LARGE', `${size.name}: saved or TOO_LARGE (${JSON.stringify(reply.error)})`);
		assertWhole(await control.evaluate(auditLibrary), `after ${size.name}`);
		await tab.close().catch(() => undefined);
	}
	const over = timings.filter(timing => timing.result !== 'saved' || timing.ms > timing.budget);
	return {
		report: timings.map(t => `${t.name} → ${t.result} in ${t.ms} ms (budget ${t.budget} ms${t.heapGrowthMb === null ? '' : `; tab heap +${t.heapGrowthMb} MB at most`})`).join('; '),
		over: over.length === 0 ? null : `over the budget here: ${over.map(o => `${o.name} ${o.result} in ${o.ms} ms`).join(', ')}`,
	};
}
