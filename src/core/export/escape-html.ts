/** Metadata into HTML as text, never as markup. */
import {wellFormed} from './well-formed.ts';

const ENTITIES: Record<string, string> = {'&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;'};

// NUL is dropped by HTML parsers and the other controls are parse errors: show them as U+FFFD instead.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Text safe as element content and as a quoted attribute value. */
export function escapeHtml(text: string | null | undefined): string {
	return text ? wellFormed(text).replace(CONTROLS, '\uFFFD').replace(/[&<>"']/g, char => ENTITIES[char]!) : '';
}

/**
 * Text whose direction cannot leak: `<bdi>` isolates it, so a title holding U+202E (right-to-left override)
 * is shown as written without reversing the words printed after it.
 */
export function isolatedText(text: string | null | undefined): string {
	return text ? `<bdi>${escapeHtml(text)}</bdi>` : '';
}
