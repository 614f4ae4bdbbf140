/** The sanitiser with a clock on it, so benchmarks report its time apart from extraction (in Node and in pages). */
import type {Sanitizer} from '../../src/core/sanitize/sanitizer.ts';

export type TimedSanitizer = Sanitizer & {spentMs: number};

export function timedSanitizer(sanitizer: Sanitizer): TimedSanitizer {
	const timed = {
		spentMs: 0,
		toHtml(html: string) {
			const start = performance.now();
			try {
				return sanitizer.toHtml(html);
			} finally {
				timed.spentMs += performance.now() - start;
			}
		},
		toFragment: (html: string) => sanitizer.toFragment(html),
	};
	return timed;
}
