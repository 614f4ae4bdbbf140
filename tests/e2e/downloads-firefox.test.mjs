// R10 in Firefox: the names GovClip gives exported files, for 200 hostile titles (and hostile departments), go
// through the browser's own download (an anchor with a Blob URL, as the library saves files) and land on disk under
// exactly that name. Firefox saves straight into a folder set by preference, and would add " (1)" to a name it had
// to change or had seen: the folder must end up holding exactly the names given.
import {after, before, describe, test} from 'node:test';
import assert from 'node:assert/strict';
import {mkdtemp, readFile, readdir, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {launchFirefox} from './lib/firefox.mjs';
import {dist} from './lib/paths.mjs';
import {hostileFileNames} from './lib/hostile-file-names.mjs';

/** Run in an extension page: saves `contents` as `fileName` the way src/ui/download-file.ts does. */
const download = ({fileName, contents}) => {
	const anchor = document.createElement('a');
	anchor.href = URL.createObjectURL(new Blob([contents], {type: 'text/plain'}));
	anchor.download = fileName;
	document.body.append(anchor);
	anchor.click();
	anchor.remove();
};

describe('R10 in Firefox: file names of exports through the browser\'s download', () => {
	let firefox;
	let folder;
	before(async () => {
		folder = await mkdtemp(join(tmpdir(), 'govclip-downloads-'));
		firefox = await launchFirefox(dist('firefox-test'), {prefs: {
			'browser.download.dir': folder,
			'browser.download.folderList': 2,
			'browser.download.useDownloadDir': true,
			'browser.download.always_ask_before_handling_new_types': false,
		}});
	});
	after(async () => {
		await firefox?.close();
		await rm(folder, {recursive: true, force: true});
	});

	test('200 hostile titles: every distinct name is written to disk exactly as given', async () => {
		const names = [...new Set(hostileFileNames())];
		const page = await firefox.openExtensionPage('library.html', 'body *');
		for (const [index, fileName] of names.entries()) {
			await page.evaluate(download, {fileName, contents: `file ${index}`});
			let written = null;
			for (let waited = 0; waited < 100 && written !== `file ${index}`; waited++) {
				await new Promise(resolve => setTimeout(resolve, 50));
				written = await readFile(join(folder, fileName), 'utf8').catch(() => null);
			}
			assert.equal(written, `file ${index}`, `${JSON.stringify(fileName)} written under its own name`);
		}
		const onDisk = (await readdir(folder)).filter(name => !name.endsWith('.part'));
		assert.deepEqual(onDisk.sort(), [...names].sort(), 'the folder holds exactly the names given, none renamed');
		console.log(`# R10 firefox: ${names.length} distinct names from 200 hostile titles, each written to disk under exactly that name`);
	});
});
