/**
 * `npm start`: builds the extension, serves the demo government newsroom from tests/fixtures/site on 127.0.0.1:8080,
 * and opens a browser with GovClip loaded on it, the way `web-ext run` does.
 *
 *   npm start                         Chromium
 *   npm start -- --browser firefox    Firefox (through web-ext run)
 */
import {execFileSync, spawn} from 'node:child_process';
import {mkdtemp} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {serveFixtures} from './fixture-server.mjs';

const {values: flags} = parseArgs({options: {browser: {type: 'string', default: 'chrome'}, port: {type: 'string', default: '8080'}}});
const browser = flags.browser === 'firefox' ? 'firefox' : 'chrome';

execFileSync(process.execPath, ['build.mjs'], {stdio: 'inherit'});
const extension = resolve(`dist/${browser}`);
const site = await serveFixtures({port: Number(flags.port)});
const start = `${site.url}/news/flood-defence-funding.html`;
console.log(`Demo newsroom: ${site.url}/  (an article: ${start})`);

if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
	console.log(`
No display is available, so no browser window can open here. To try GovClip by hand on a desktop:
  Chromium: open chrome://extensions, turn on Developer mode, "Load unpacked", choose ${extension}
  Firefox:  open about:debugging#/runtime/this-firefox, "Load Temporary Add-on…", choose ${resolve('dist/firefox/manifest.json')}
The demo site keeps running here; press Ctrl+C to stop.`);
} else if (browser === 'chrome') {
	const profile = await mkdtemp(join(tmpdir(), 'govclip-start-'));
	const chromium = spawn(process.env.CHROMIUM_PATH ?? 'chromium', [
		`--user-data-dir=${profile}`, `--disable-extensions-except=${extension}`, `--load-extension=${extension}`,
		'--no-first-run', '--no-default-browser-check', start,
	], {stdio: 'inherit'});
	chromium.on('exit', () => site.close().then(() => process.exit(0)));
} else {
	const firefox = spawn('npx', ['web-ext', 'run', '--source-dir', extension, '--firefox', process.env.FIREFOX_PATH ?? 'firefox-esr', '--start-url', start, '--no-reload'], {stdio: 'inherit'});
	firefox.on('exit', () => site.close().then(() => process.exit(0)));
}
