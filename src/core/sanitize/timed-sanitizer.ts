/**
 * The sanitiser with a clock on it, so a clip (and the benchmarks) can tell the sanitiser's time apart from the
 * rest of reading a page. Pure: the caller passes the clock (`performance.now` where there is one).
 */
import type {PageRead} from '../../shared/messages.ts';
import type {Extraction} from '../../shared/types.ts';
import type {Sanitizer} from './sanitizer.ts';

/** Milliseconds from any fixed start. */
export type Clock = () => number;

export type TimedSanitizer = Sanitizer & {spentMs: number};

export function timedSanitizer(sanitizer: Sanitizer, clock: Clock): TimedSanitizer {
	const timed = {
		spentMs: 0,
		toHtml(html: string) {
			const start = clock();
			try {
				return sanitizer.toHtml(html);
			} finally {
				timed.spentMs += clock() - start;
			}
		},
		toFragment: (html: string) => sanitizer.toFragment(html),
	};
	return timed;
}

/**
 * Runs `read` (a page's extraction, handed a timed `sanitizer`) and says how long it took, the sanitiser's share
 * apart; `startedAt` (on `clock`) when the read began before this call, as a snapshot's parse does.
 */
export function timedRead(sanitizer: Sanitizer, clock: Clock, read: (sanitizer: Sanitizer) => Extraction, startedAt = clock()): PageRead {
	const timed = timedSanitizer(sanitizer, clock);
	const extraction = read(timed);
	return {extraction, timings: {readMs: clock() - startedAt, sanitizeMs: timed.spentMs}};
}
