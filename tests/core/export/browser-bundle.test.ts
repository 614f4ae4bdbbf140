// The export core bundled for the browser by esbuild (as build.mjs does) runs in a DOM window without domino.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {build} from 'esbuild';
import {JSDOM} from 'jsdom';
import {clipToMarkdown} from '../../../src/core/export/to-markdown.ts';
import {govukClip, hostileClip, NOW, sanitizer} from './export-fixtures.ts';
import type {exportClips as ExportClips} from '../../../src/core/export/export-clips.ts';
import type {createSanitizer as CreateSanitizer} from '../../../src/core/sanitize/sanitizer.ts';

type Bundle = {exportClips: typeof ExportClips; createSanitizer: typeof CreateSanitizer};

async function bundle(): Promise<string> {
	const result = await build({
		entryPoints: [new URL('./browser-entry.ts', import.meta.url).pathname],
		bundle: true,
		write: false,
		platform: 'browser',
		format: 'iife',
		globalName: 'GovClipExport',
		target: 'es2022',
		logLevel: 'silent',
	});
	return result.outputFiles[0]!.text;
}

test('the browser bundle picks turndown\'s browser build: no domino, no Node built-ins', async () => {
	const code = await bundle();
	assert.doesNotMatch(code, /@mixmark-io\/domino|require\(["']fs["']\)/);
	assert.match(code, /turndown/i);
});

test('in a browser window the bundle exports the same Markdown as Node does', async () => {
	const dom = new JSDOM('<!doctype html><html><body></body></html>', {runScripts: 'outside-only'});
	const api = dom.window.eval(`${await bundle()}\nGovClipExport`) as Bundle;
	const windowSanitizer = api.createSanitizer(dom.window as unknown as Parameters<typeof CreateSanitizer>[0], {loadRemoteImages: true});
	for (const clip of [govukClip, hostileClip]) {
		const file = api.exportClips([clip], 'markdown', {now: NOW, sanitizer: windowSanitizer});
		assert.equal(file.contents, clipToMarkdown(clip, sanitizer));
	}
	const html = api.exportClips([govukClip, hostileClip], 'html', {now: NOW, sanitizer: windowSanitizer});
	assert.match(html.contents, /<meta http-equiv="Content-Security-Policy"/);
	dom.window.close();
});
