/** Phrase checks on a clip's text: positions are not indexed, so phrases are confirmed on the few best candidates. */
import type {ClipFields} from './clip-to-index-doc.ts';
import {mayMatchAny, scanWords, type WordSpan} from './tokenize.ts';

/** Where `phrase` (query terms, stop words included) next occurs as consecutive words in `spans`, or -1. */
export function findPhrase(spans: readonly WordSpan[], phrase: readonly string[], from = 0): number {
	outer: for (let i = from; i + phrase.length <= spans.length; i++) {
		for (let k = 0; k < phrase.length; k++) {
			if (!spans[i + k]!.forms.includes(phrase[k]!)) continue outer;
		}
		return i;
	}
	return -1;
}

/** Windows around literal occurrences tried before reading a whole text, at most. */
const MAX_WINDOWS = 12;
/** Characters a window allows each phrase word (with its spaces) past the occurrence. */
const CHARS_PER_WORD = 40;
const SPACE = /\s/;

/**
 * Where a text word indexed under `term` begins, literally, in lower-case ASCII: a plain word's stem is a prefix
 * of it, perhaps with one letter added (stem.ts: "hoping" → "hope", "policies" → "policy"), so all but the
 * stem's last letter is. Other words (accents, joined parts) may not show it: the whole text is read then.
 */
function needleOf(term: string): string {
	return term.length <= 3 ? term : term.slice(0, -1);
}

/**
 * Whether `phrase` occurs in a window of `text` around a literal occurrence of its first word. Windows start
 * and end on white space, which no word spans, so their words are the text's own: a phrase found in one is in
 * the text. Not finding it proves nothing (the caller reads the whole text then).
 */
function windowsContain(text: string, phrase: readonly string[]): boolean {
	const lower = text.toLowerCase();
	if (lower.length !== text.length) return false; // offsets would not line up
	const needle = needleOf(phrase[0]!);
	let tried = 0;
	for (let at = lower.indexOf(needle); at >= 0 && tried < MAX_WINDOWS; at = lower.indexOf(needle, at + needle.length), tried++) {
		let from = at;
		while (from > 0 && !SPACE.test(text[from - 1]!)) from--;
		let to = Math.min(text.length, at + CHARS_PER_WORD * phrase.length);
		while (to < text.length && !SPACE.test(text[to]!)) to++;
		if (scanContains(text.slice(from, to), phrase)) return true;
	}
	return false;
}

/** Whether `phrase` occurs in `text`: first in windows around its first word, else reading the whole text. */
function textContains(text: string, phrase: readonly string[]): boolean {
	return windowsContain(text, phrase) || scanContains(text, phrase);
}

/** Whether `phrase` occurs in `text`; only the words that may be one of its words are stemmed (`mayMatchAny`). */
function scanContains(text: string, phrase: readonly string[]): boolean {
	return findPhrase(scanWords(text, mayMatchAny(phrase)), phrase) >= 0;
}

/**
 * A checker over one clip's fields. A phrase must lie within one field: a title's last word and the
 * summary's first are not a phrase. Reading stops at the first occurrence, which is usually early.
 */
export function phraseChecker(fields: ClipFields): (phrase: readonly string[]) => boolean {
	return phrase => Object.values(fields).some(text => textContains(text, phrase));
}
