/** Small text and DOM helpers shared by the extraction rules: clean strings, hidden elements, class tokens. */
import {ATTRIBUTE, attributeIf, UNKNOWN_ATTRIBUTES, type ElementFacts} from './element-facts.ts';
import {classOf, rememberVerdicts} from './dom-walk.ts';

/** NFC, no soft hyphens or zero-width characters, whitespace collapsed: how metadata is stored and compared. */
export function cleanText(text: string | null | undefined): string {
	// Normalised last, on the collapsed string: NFC is the costly step on a large container's text.
	return toNfc(collapseSpace(text ?? ''));
}

// Characters NFC can change or combine (NFC_Quick_Check No or Maybe, or a non-zero combining class) are all at
// U+0300 or above, and none is in U+2002–U+20CF (quotes, dashes, ellipsis, currency signs; U+2000 and U+2001 are).
const MAY_CHANGE_UNDER_NFC = /[^\u0000-\u02ff\u2002-\u20cf]/;

/** NFC, without the ICU call for text it cannot change: most page text is Latin with typographic punctuation. */
export function toNfc(text: string): string {
	return MAY_CHANGE_UNDER_NFC.test(text) ? text.normalize('NFC') : text;
}

const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;
const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'g');

/**
 * Without soft hyphens and zero-width characters, every whitespace run as one space, trimmed. A run of two or more,
 * or a lone tab, newline or no-break space, is replaced; the single spaces between words are left as they are,
 * which is most of them (replacing each one rebuilt large texts piece by piece).
 */
export function collapseSpace(text: string): string {
	const visible = INVISIBLE.test(text) ? text.replace(INVISIBLE_ALL, '') : text;
	return visible.replace(/\s{2,}|[^\S ]/g, ' ').trim();
}

/**
 * `cleanText(text).length`, without building the cleaned string, for comparing a text's length with a bound.
 * Counting stops once it passes `limit` (the answer is then some number above `limit`). Text that NFC could change
 * (see MAY_CHANGE_UNDER_NFC) is measured by cleanText itself.
 */
export function cleanLength(text: string | null | undefined, limit = Infinity): number {
	const value = text ?? '';
	let length = 0;
	let space = false; // A whitespace run after some text: one space, if more text follows
	for (let index = 0; index < value.length; index++) {
		const code = value.charCodeAt(index);
		if (code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || (code >= 0x2000 && code <= 0x200a)
			|| code === 0x1680 || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000) {
			space = length > 0;
			continue;
		}
		if (code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060 || code === 0xfeff) {
			continue; // Invisible: removed before whitespace is collapsed
		}
		if (code >= 0x300 && (code < 0x2002 || code > 0x20cf)) {
			return cleanText(value).length;
		}
		length += space ? 2 : 1;
		space = false;
		if (length > limit) {
			return length;
		}
	}
	return length;
}

/** The element's own class and id, lower-cased, for pattern tests ("share-buttons", "breadcrumb"). */
export function classAndId(element: Element): string {
	return `${classOf(element)} ${element.getAttribute('id') ?? ''}`.toLowerCase();
}

// Screen-reader-only text ("Interner Link", a hidden site name in an h1) is not what a reader sees.
// Whole class tokens only: Bootstrap's "hidden-xs" hides on phones and shows on desktops.
// Drupal's "field-label-hidden" hides a field's label, not the field.
const HIDDEN_TOKEN = /^(?:.*[-_])?(?<!label[-_]{1,2}|title[-_]{1,2})(?:visually-?hidden|sr-only|screen-?reader(?:-text|-only)?|aural|offscreen|element-invisible|hidden|invisible)$/;

/**
 * Hidden from sighted readers by markup alone (no layout in Node, so styles in stylesheets are not seen).
 * `names`: the element's class attribute, when the caller has read it already; `bits`: its ATTRIBUTE bits, when known.
 */
export function isHidden(element: Element, names?: string, bits: number = UNKNOWN_ATTRIBUTES): boolean {
	if (((bits & ATTRIBUTE.hidden) !== 0 && element.hasAttribute('hidden')) || attributeIf(element, bits, ATTRIBUTE.ariaHidden, 'aria-hidden') === 'true') {
		return true;
	}
	const style = attributeIf(element, bits, ATTRIBUTE.style, 'style') ?? '';
	if (/display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) {
		return true;
	}
	const classes = names ?? classOf(element);
	return classes ? hidesClasses(classes) : false;
}

// Each class list tested once.
const hidesClasses = rememberVerdicts(names => names.toLowerCase().split(/\s+/).some(token => HIDDEN_TOKEN.test(token)));

/** True when the element or an ancestor (up to `stop`) is hidden. `facts`: the page's element facts, while current. */
export function isHiddenWithin(element: Element, stop: Element | null = null, facts: ElementFacts | null = null): boolean {
	for (let node: Element | null = element; node && node !== stop; node = node.parentElement) {
		const index = facts?.order.get(node);
		if (index === undefined ? isHidden(node) : isHidden(node, facts!.classes[index]!, facts!.attributes[index]!)) {
			return true;
		}
	}
	return false;
}

/** Words of a string for similarity tests: lower-case letters and digits only. */
export function words(text: string): string[] {
	return cleanText(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of `a`'s words that also occur in `b` (0 when `a` has none). */
export function wordOverlap(a: string, b: string): number {
	const left = words(a);
	if (left.length === 0) {
		return 0;
	}
	const right = new Set(words(b));
	return left.filter(word => right.has(word)).length / left.length;
}
