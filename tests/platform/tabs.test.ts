// Script injection must settle: Chromium leaves executeScript pending for ever in a view-source: tab.
import '../helpers/extension-stub.ts';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {AppError} from '../../src/shared/errors.ts';
import type {PageSize} from '../../src/platform/page-size.ts';

const {ensureContentScript, getTargetTab, INJECT_PROBE_MS} = await import('../../src/platform/tabs.ts');

/** A chrome.* function in callback style (what webextension-polyfill calls) that fails with `message`. */
const failing = (message: string) => (...args: unknown[]) => {
	const chrome = (globalThis as unknown as {chrome: {runtime: {lastError?: {message: string}}}}).chrome;
	chrome.runtime.lastError = {message};
	(args.at(-1) as () => void)();
	chrome.runtime.lastError = undefined;
};

test('an injection the browser never answers ends with FRAME_NOT_ACCESSIBLE in words', async () => {
	const stub = (globalThis as unknown as {chrome: {tabs: {sendMessage: unknown}; scripting: {executeScript: unknown}}}).chrome;
	stub.tabs.sendMessage = failing('Could not establish connection. Receiving end does not exist.');
	stub.scripting.executeScript = () => new Promise(() => undefined); // passed through by the polyfill: never settles
	const started = performance.now();
	await assert.rejects(ensureContentScript(7), (error: unknown) => error instanceof AppError && error.code === 'FRAME_NOT_ACCESSIBLE' && /cannot read this page/.test(error.message));
	assert.ok(performance.now() - started < INJECT_PROBE_MS + 1000, 'within the probe deadline');
});

test('a refused injection keeps its own code', async () => {
	const stub = (globalThis as unknown as {chrome: {tabs: {sendMessage: unknown}; scripting: {executeScript: unknown}}}).chrome;
	stub.tabs.sendMessage = failing('Could not establish connection. Receiving end does not exist.');
	stub.scripting.executeScript = () => Promise.reject(new Error('Cannot access a chrome:// URL'));
	await assert.rejects(ensureContentScript(7), (error: unknown) => error instanceof AppError && error.code === 'RESTRICTED_PAGE');
});

test('a tab closed before the clip gives FRAME_NOT_ACCESSIBLE in words', async () => {
	const stub = (globalThis as unknown as {chrome: {tabs: {get: unknown}}}).chrome;
	stub.tabs.get = failing('No tab with id: 5.');
	await assert.rejects(getTargetTab(5), (error: unknown) => error instanceof AppError && error.code === 'FRAME_NOT_ACCESSIBLE' && /no longer open/.test(error.message));
});

test('a page the probe finds too large is refused before the content script is injected', async () => {
	const stub = (globalThis as unknown as {chrome: {tabs: {sendMessage: unknown}; scripting: {executeScript: unknown}}}).chrome;
	stub.tabs.sendMessage = failing('Could not establish connection. Receiving end does not exist.');
	const injected: unknown[] = [];
	stub.scripting.executeScript = async (details: {files?: string[]; func?: () => unknown}) => {
		injected.push(details.files ?? details.func?.name);
		return [{frameId: 0, result: {contentType: 'text/html', elements: 100_008, textLength: 12}}];
	};
	const refuse = (size: PageSize) => size.elements > 60_000 ? new AppError('TOO_LARGE') : null;
	await assert.rejects(ensureContentScript(7, {refuse}), (error: unknown) => error instanceof AppError && error.code === 'TOO_LARGE');
	assert.deepEqual(injected, ['measurePage'], 'only the probe ran');
	injected.length = 0;
	await ensureContentScript(7, {refuse: () => null});
	assert.deepEqual(injected, ['measurePage', ['content.js']], 'an acceptable page gets the content script');
});
