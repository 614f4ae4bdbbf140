/** Text hygiene shared by every export format: well-formed Unicode and single-line values. */

// A lone surrogate cannot be written as UTF-8 (encoders silently turn it into U+FFFD), so exports replace it
// themselves: the file then says the same thing in every reader, and tests can see it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces lone surrogates with U+FFFD (String.prototype.toWellFormed, which ES2023 targets lack). */
export function wellFormed(text: string): string {
	return text.replace(LONE_SURROGATE, '\uFFFD');
}

// C0 and C1 controls other than tab/newline, plus DEL: invisible, and some end a line in the reading program.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LINE_BREAKS = /[\t\n\r\u0085\u2028\u2029]+/g;

/** One line of plain text: well-formed, controls shown as U+FFFD, every kind of line break a single space. */
export function oneLine(text: string | null | undefined): string {
	if (!text) {
		return '';
	}
	return wellFormed(text).replace(LINE_BREAKS, ' ').replace(CONTROLS, '\uFFFD').replace(/ {2,}/g, ' ').trim();
}

/** Like oneLine, but keeps line breaks (as \n) for multi-line fields such as a contact block. */
export function plainLines(text: string | null | undefined): string {
	if (!text) {
		return '';
	}
	return wellFormed(text).replace(/\r\n?|[\u0085\u2028\u2029]/g, '\n').replace(CONTROLS, '\uFFFD').trim();
}
