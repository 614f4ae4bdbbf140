import {test} from 'node:test';
import assert from 'node:assert/strict';
import type {Sanitizer} from '../../../src/core/sanitize/sanitizer.ts';
import {timedRead} from '../../../src/core/sanitize/timed-sanitizer.ts';
import type {Extraction} from '../../../src/shared/types.ts';

test('a timed read reports the whole read and, apart, the time spent in the sanitiser, on the clock it is given', () => {
	let now = 100;
	const clock = () => now;
	const sanitizer: Sanitizer = {
		toHtml: html => {
			now += 30; // sanitising takes 30 ms on this clock
			return html.toUpperCase();
		},
		toFragment: () => {
			throw new Error('not used');
		},
	};
	const read = timedRead(sanitizer, clock, timed => {
		now += 50;
		const first = timed.toHtml('<p>a</p>');
		now += 5;
		const second = timed.toHtml('<p>b</p>');
		return {contentHtml: first + second} as Extraction;
	}, 90);
	assert.equal(read.extraction.contentHtml, '<P>A</P><P>B</P>');
	assert.deepEqual(read.timings, {readMs: 125, sanitizeMs: 60}, 'from the start given (90) to the end (215); two sanitiser calls');
});

test('a sanitiser error passes through a timed read', () => {
	let now = 0;
	const sanitizer = {toHtml: () => {
		now += 7;
		throw new Error('broken');
	}, toFragment: () => document.createDocumentFragment()} satisfies Sanitizer;
	assert.throws(() => timedRead(sanitizer, () => now, timed => ({contentHtml: timed.toHtml('x')} as Extraction)), /broken/);
});
