/** Where the end-to-end tests find the builds and write what a person should look at. */
import {mkdirSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

export const PROJECT = fileURLToPath(new URL('../../../', import.meta.url));
export const dist = name => `${PROJECT}dist/${name}`;
export const RESULTS = `${PROJECT}test-results`;
mkdirSync(RESULTS, {recursive: true});

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
