// R10 in Chromium: the names GovClip gives exported files, for 200 hostile titles (and hostile departments), go
// through the browser's own download (an anchor with a Blob URL, as the library saves files) unchanged, and the file
// lands on disk under that name. The rules themselves (Windows, macOS and Linux) are checked in Node by
// tests/core/export/file-name-for.test.ts; this checks that the browser agrees with them.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {launchChromium} from './lib/chromium.mjs';
import {dist} from './lib/paths.mjs';
import {hostileFileNames} from './lib/hostile-file-names.mjs';

/**
 * Run in an extension page: a button that saves `window.nextFile` the way src/ui/download-file.ts does. Pressed with
 * a real click each time: the browser holds back a page's second download that no person asked for.
 */
const installDownloadButton = () => {
	const button = document.createElement('button');
	button.id = 'download-next';
	button.textContent = 'Download';
	button.style.cssText = 'position:fixed;top:0;left:0;z-index:2147483647';
	button.addEventListener('click', () => {
		const {fileName, contents} = window.nextFile;
		const url = URL.createObjectURL(new Blob([contents], {type: 'text/plain'}));
		const anchor = document.createElement('a');
		anchor.href = url;
		anchor.download = fileName;
		document.body.append(anchor);
		anchor.click();
		anchor.remove();
	});
	document.body.append(button);
};

describe('R10 in Chromium: file names of exports through the browser\'s download', () => {
	let browser;
	let folder;
	before(async () => {
		browser = await launchChromium(dist('chrome-test'));
		folder = await mkdtemp(join(tmpdir(), 'govclip-downloads-'));
	});
	after(async () => {
		await browser?.close();
		await rm(folder, {recursive: true, force: true});
	});

	test('200 hostile titles: every name is kept by the download as given and accepted by the file system', async () => {
		const names = hostileFileNames();
		assert.equal(names.length, 200);
		const page = await browser.context.newPage();
		const changed = [];
		for (const [index, fileName] of names.entries()) {
			// A fresh page each time: a page that keeps downloading files gets held back by the browser, as it should.
			await page.goto(browser.extensionUrl('library.html'));
			await page.evaluate(installDownloadButton);
			await page.evaluate(file => {
				window.nextFile = file;
			}, {fileName, contents: `file ${index}`});
			const [saved] = await Promise.all([page.waitForEvent('download'), page.click('#download-next')]);
			const suggested = saved.suggestedFilename();
			if (suggested !== fileName) {
				changed.push(`${JSON.stringify(fileName)} → ${JSON.stringify(suggested)}`);
			}
			await saved.saveAs(join(folder, suggested));
			await saved.delete();
			assert.equal(await readFile(join(folder, suggested), 'utf8'), `file ${index}`, `${JSON.stringify(suggested)} written and read back`);
		}
		assert.deepEqual(changed, [], 'the browser renamed none of them');
		const onDisk = new Set(await readdir(folder));
		const distinct = new Set(names);
		assert.equal(onDisk.size, distinct.size, 'one file per distinct name');
		console.log(`# R10 chromium: ${names.length} hostile titles → ${distinct.size} distinct names, all kept by the download and written to disk unchanged`);
	});
});
