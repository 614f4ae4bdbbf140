/** The sanitiser for an extension page's own window, or null (fail closed) when DOMPurify cannot run here. */
import type {WindowLike} from 'dompurify';
import {createSanitizer, type Sanitizer} from '../core/sanitize/sanitizer.ts';

export function windowSanitizer(window: Window, options?: {loadRemoteImages?: boolean}): Sanitizer | null {
	try {
		return createSanitizer(window as unknown as WindowLike, options);
	} catch (error) {
		console.error('GovClip: sanitiser unavailable, rendering text only', error);
		return null;
	}
}
