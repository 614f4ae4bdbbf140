/** Markdown written by GovClip itself (titles, labels, contact details): literal text and links that cannot misbehave. */
import {safeUrl} from './safe-url.ts';
import {oneLine} from './well-formed.ts';

// The ASCII punctuation that starts or ends Markdown syntax inside a line (CommonMark lets any of it be
// backslash-escaped): `&` stops entities, `<` raw HTML and autolinks, `[`/`]` links. Parentheses only matter
// after `]`, so plain text leaves them alone: GFM autolinks a URL in a title and would show a backslash there.
const INLINE_SPECIALS = /[\\`*_[\]<>|~&]/g;
const LABEL_SPECIALS = /[()]/g;

/** One line of literal Markdown text, safe anywhere inline (also at the start of a line and in a table cell). */
export function markdownText(text: string | null | undefined, {label = false} = {}): string {
	const escaped = oneLine(text).replace(INLINE_SPECIALS, '\\$&');
	return (label ? escaped.replace(LABEL_SPECIALS, '\\$&') : escaped)
		// Line-start syntax: headings, list markers, ordered-list numbers, setext underlines, block quotes.
		.replace(/^([-+=#])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * A link destination with nothing that could end it early: spaces, parentheses, angle brackets and backslashes
 * percent-encoded (the same URL to a server).
 * The URL has already passed safeUrl, so it is normalised and absolute.
 */
function destination(url: string): string {
	return url.replace(/[ ()<>\\]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** `[label](url)` for http(s), mailto and tel; any other target is shown as plain text, never as a link. */
export function markdownLink(label: string, href: string): string {
	const url = safeUrl(href);
	const text = markdownText(label, {label: true}) || (url ? markdownText(url, {label: true}) : '');
	return url ? `[${text}](${destination(url)})` : text;
}

export function markdownDestination(href: string): string | null {
	const url = safeUrl(href);
	return url ? destination(url) : null;
}
