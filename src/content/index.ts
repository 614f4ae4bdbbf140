/** Content script, injected on demand: answers `ping` and extracts the page. Never touches storage. */
import type {ContentMessages} from '../shared/messages.ts';
import {handleMessages} from '../platform/messaging.ts';
import {extractPage, snapshotPage} from './extract-page.ts';

declare global {
	// eslint-disable-next-line no-var -- a global survives re-injection into the same page, which is the point
	var govclipGeneration: number | undefined;
}

// After an extension update the old copy stays in the page with a dead runtime: the newest copy answers.
const generation = (globalThis.govclipGeneration ?? 0) + 1;
globalThis.govclipGeneration = generation;

handleMessages<ContentMessages>('content', {
	async ping() {
		return true;
	},
	async extract({mode}) {
		return extractPage(document, window, {url: location.href, now: Date.now(), mode});
	},
	async snapshot({mode}) {
		return snapshotPage(document, window, {url: location.href, mode});
	},
}, {isCurrent: () => globalThis.govclipGeneration === generation});
