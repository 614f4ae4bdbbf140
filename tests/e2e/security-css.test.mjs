// S5 in Chromium and Firefox: ten CSS payloads (tracking beacons, fixed overlays) clipped by the real extension and
// rendered in the library reader, the print page and the popup: no CSS in the rendered article, no request to the
// payloads' addresses, every control of GovClip's pages clickable (hit-tested).
import {testInBothBrowsers} from './lib/browser-pages.mjs';
import {rendersCssPayloadsInertly} from './lib/css-checks.mjs';

testInBothBrowsers('S5: CSS payloads', 'no CSS reaches a rendered clip, no payload address is requested, every control stays clickable', async pages => {
	console.log(`# S5 ${pages.browserName}: ${await rendersCssPayloadsInertly(pages)}`);
});
