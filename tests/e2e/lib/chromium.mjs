/** Launches Debian's Chromium with one unpacked build of the extension (playwright-core; no downloaded browser). */
import {chromium} from 'playwright-core';
import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {CHROMIUM} from './paths.mjs';

export async function launchChromium(extensionPath) {
	const userDataDir = await mkdtemp(join(tmpdir(), 'govclip-chromium-'));
	const context = await chromium.launchPersistentContext(userDataDir, {
		executablePath: CHROMIUM,
		headless: true,
		// Playwright's defaults include --disable-extensions: naming the build in --disable-extensions-except re-enables it.
		args: [
			`--disable-extensions-except=${extensionPath}`, `--load-extension=${extensionPath}`,
			'--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
			'--disable-background-networking', '--disable-component-update', '--disable-sync',
		],
	});
	let [worker] = context.serviceWorkers();
	worker ??= await context.waitForEvent('serviceworker', {timeout: 30_000});
	const extensionId = new URL(worker.url()).host;
	return {
		context,
		worker,
		extensionId,
		extensionUrl: path => `chrome-extension://${extensionId}/${path}`,
		async close() {
			await context.close();
			await rm(userDataDir, {recursive: true, force: true});
		},
	};
}
