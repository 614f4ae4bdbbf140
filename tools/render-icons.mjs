/** Renders assets/icons/icon.svg to the PNG sizes the manifest names, with Debian's Chromium: `node tools/render-icons.mjs`. */
import {chromium} from 'playwright-core';
import {readFile} from 'node:fs/promises';

const SIZES = [16, 32, 48, 128];
const svg = await readFile(new URL('../assets/icons/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu']});
try {
	for (const size of SIZES) {
		const page = await browser.newPage({viewport: {width: size, height: size}});
		await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body>`);
		await page.screenshot({path: new URL(`../assets/icons/icon-${size}.png`, import.meta.url).pathname, omitBackground: true});
		await page.close();
	}
	console.log(`Wrote ${SIZES.map(size => `icon-${size}.png`).join(', ')}`);
} finally {
	await browser.close();
}
