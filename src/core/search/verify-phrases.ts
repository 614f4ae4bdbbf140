/** Phrase checks on a clip's text: positions are not indexed, so phrases are confirmed on the few best candidates. */
import type {ClipFields} from './clip-to-index-doc.ts';
import {mayMatchAny, visitWords, type WordSpan} from './tokenize.ts';

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

/**
 * Whether `phrase` occurs in `text`: findPhrase over scanWords(text, mayMatchAny(phrase)), without the spans. Only the
 * words that may be one of the phrase's are stemmed (`mayMatchAny`), and only the last few words are kept: a candidate
 * that lacks the phrase is read to its end, and a long article has thousands of words.
 */
export function scanContains(text: string, phrase: readonly string[]): boolean {
	if (phrase.length === 0) return true;
	const last = phrase.length - 1;
	// The forms of the last `phrase.length` words, as a ring; null for a word that matches none of the phrase's.
	const recent: (readonly string[] | null)[] = new Array(phrase.length).fill(null);
	let seen = 0;
	let found = false;
	visitWords(text, mayMatchAny(phrase), span => {
		recent[seen % phrase.length] = span?.forms ?? null;
		seen++;
		if (seen < phrase.length) return true;
		for (let k = last; k >= 0; k--) {
			const forms = recent[(seen - 1 - (last - k)) % phrase.length];
			if (!forms?.includes(phrase[k]!)) return true;
		}
		found = true;
		return false;
	});
	return found;
}

/**
 * A checker over one clip's fields. A phrase must lie within one field: a title's last word and the
 * summary's first are not a phrase. Reading stops at the first occurrence, which is usually early.
 */
export function phraseChecker(fields: ClipFields): (phrase: readonly string[]) => boolean {
	return phrase => Object.values(fields).some(text => textContains(text, phrase));
}
