/** The clip sanitiser for Node (CLI, tests, benchmarks): DOMPurify needs a real DOM, and jsdom is one it supports. */
import {JSDOM} from 'jsdom';
import {createSanitizer, type Sanitizer} from '../core/sanitize/sanitizer.ts';
import type {WindowLike} from 'dompurify';

export function createNodeSanitizer(options?: {loadRemoteImages?: boolean}): Sanitizer {
	const {window} = new JSDOM('<!doctype html><html><body></body></html>');
	return createSanitizer(window as unknown as WindowLike, {loadRemoteImages: true, ...options});
}
