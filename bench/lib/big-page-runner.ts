/**
 * Runs in a big page's own window (bench/big-pages.ts bundles it): the clip's steps on a copy of the page, timed, with
 * the code the extension ships. A Chromium content script reads the page at this speed, and Firefox extracts in its
 * background page, whose DOM is as fast as a web page's (see background/read-article.firefox.ts).
 */
import {Readability} from '@mozilla/readability';
import type {WindowLike} from 'dompurify';
import {extractClip} from '../../src/core/extract/extract-clip.ts';
import {createSanitizer} from '../../src/core/sanitize/sanitizer.ts';
import {copyOf} from '../../src/platform/page-copy.ts';
import {measurePage} from '../../src/platform/page-size.ts';
import {timedRead} from '../../src/core/sanitize/timed-sanitizer.ts';

export type BigPageTimes = {measureMs: number; copyMs: number; extractMs: number; sanitizeMs: number; readabilityMs: number; textLength: number};

function timed<T>(work: () => T): [T, number] {
	const start = performance.now();
	const result = work();
	return [result, performance.now() - start];
}

function runBigPage(): BigPageTimes {
	const [, measureMs] = timed(() => measurePage(document, window));
	const [copy, copyMs] = timed(() => copyOf(document, window));
	// The clip's own stopwatch (as a save reports it): the read, with the sanitiser's share apart.
	const {extraction, timings} = timedRead(createSanitizer(window as unknown as WindowLike, {loadRemoteImages: true}), () => performance.now(),
		sanitizer => extractClip(copy, {url: location.href, now: Date.now(), sanitizer}));
	// The anchor: plain Readability on its own copy of the same page, as bench:extract runs it.
	const plainCopy = copyOf(document, window);
	const [, readabilityMs] = timed(() => new Readability(plainCopy).parse());
	return {measureMs, copyMs, extractMs: timings.readMs - timings.sanitizeMs, sanitizeMs: timings.sanitizeMs, readabilityMs, textLength: extraction.text.length};
}

(globalThis as unknown as {runBigPage: typeof runBigPage}).runBigPage = runBigPage;
