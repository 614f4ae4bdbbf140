/** Runs GovClip and plain Readability on fresh linkedom parses of one page and times each. */
import {Readability} from '@mozilla/readability';
import {parseHTML} from 'linkedom';
import {performance} from 'node:perf_hooks';
import {findContacts} from '../../src/core/extract/contacts.ts';
import {extractClip} from '../../src/core/extract/extract-clip.ts';
import {findLinks} from '../../src/core/extract/links.ts';
import type {Extraction} from '../../src/shared/types.ts';
import type {TimedSanitizer} from '../../src/core/sanitize/timed-sanitizer.ts';

export type ReadabilityResult = {title: string; text: string; publishedTime: string | null; siteName: string | null};

export type BothResult = {
	govclip: Extraction | null;
	govclipError: string | null;
	/** Extraction only: parsing is the same for both, and the sanitiser's cost is the platform's (jsdom here, native in browsers). */
	govclipMs: number;
	sanitizeMs: number;
	/** findContacts + findLinks alone, timed on a separate parse: how much of govclipMs they take. */
	contactsLinksMs: number;
	readability: ReadabilityResult | null;
	readabilityMs: number;
};

export function parseDocument(html: string): Document {
	return parseHTML(html).document as unknown as Document;
}

export function runBoth(html: string, url: string, sanitizer: TimedSanitizer, now: number): BothResult {
	const readabilityDoc = parseDocument(html);
	let start = performance.now();
	const parsed = new Readability(readabilityDoc).parse();
	const readabilityMs = performance.now() - start;

	const doc = parseDocument(html);
	sanitizer.spentMs = 0;
	let govclip: Extraction | null = null;
	let govclipError: string | null = null;
	start = performance.now();
	try {
		govclip = extractClip(doc, {url, now, sanitizer});
	} catch (error) {
		govclipError = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
	}
	const total = performance.now() - start;
	let contactsLinksMs = 0;
	if (govclip) {
		const again = parseDocument(html);
		start = performance.now();
		findContacts(again, {url, meta: govclip});
		findLinks(again, {url});
		contactsLinksMs = performance.now() - start;
	}
	return {
		contactsLinksMs,
		govclip,
		govclipError,
		govclipMs: total - sanitizer.spentMs,
		sanitizeMs: sanitizer.spentMs,
		readability: parsed
			? {
				title: parsed.title ?? '',
				text: parsed.textContent ?? '',
				publishedTime: parsed.publishedTime ?? null,
				siteName: parsed.siteName ?? null,
			}
			: null,
		readabilityMs,
	};
}
