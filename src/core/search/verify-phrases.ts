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
 * What a text word indexed under `term` begins with, literally, in lower-case ASCII: a plain word's stem is a prefix
 * of it, perhaps with one letter added (stem.ts: "hoping" → "hope", "flies" → "fly"), so all but the stem's last
 * letter is. Other words (accents, joined parts) may not show it (windowsDecide says when that matters).
 */
function needleOf(term: string): string {
	return term.length > 1 ? term.slice(0, -1) : term;
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
		const to = stretchEnd(text, Math.min(text.length, at + CHARS_PER_WORD * phrase.length));
		if (scanContains(text.slice(stretchStart(text, at), to), phrase)) return true;
	}
	return false;
}

/** Occurrences of a phrase's first word past which the whole text is read instead: each costs a window. */
const MAX_ANCHORS = 400;
const NON_ASCII = /[^\x00-\x7f]/g;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
/** The characters a word may join its parts with (tokenize.ts): one may stand between any two of its letters. */
const JOINER = "['’/.\\-@_&,]?";

/** Whether a letter, digit or mark outside ASCII is in `text`: folding may change its word out of literal sight. */
function hasNonAsciiWordChar(text: string): boolean {
	NON_ASCII.lastIndex = 0;
	for (let hit = NON_ASCII.exec(text); hit !== null; hit = NON_ASCII.exec(text)) {
		if (WORD_CHAR.test(hit[0])) return true;
	}
	return false;
}

/** Where the stretch of `text` without white space that holds `at` starts (no word spans white space). */
function stretchStart(text: string, at: number): number {
	while (at > 0 && !SPACE.test(text[at - 1]!)) at--;
	return at;
}

/** Where the stretch of `text` without white space that holds `at` ends. */
function stretchEnd(text: string, at: number): number {
	while (at < text.length && !SPACE.test(text[at]!)) at++;
	return at;
}

/** Where the stretch ends that holds `at` and, after it, stretches with `words` words at least. */
function endAfterWords(text: string, at: number, words: number): number {
	let end = stretchEnd(text, at);
	let counted = 0;
	while (counted < words && end < text.length) {
		let start = end;
		while (start < text.length && SPACE.test(text[start]!)) start++;
		end = stretchEnd(text, start);
		visitWords(text.slice(start, end), () => false, () => (counted++, true));
	}
	return end;
}

/**
 * Whether `phrase` occurs in `text`, told from windows around the places its first word may stand; null when those
 * cannot be known without reading the whole text. A word indexed under the phrase's first term shows that term less
 * its last letter, in lower case, with perhaps a joining character between two letters: stem.ts keeps all of a word
 * and adds one letter at most ("flies" → "fly", "hoping" → "hope"), and a joined word's form is its parts run together
 * ("co-operation" → "cooperation", "don't" → "dont"). Folding can hide it only where a word has a letter outside ASCII:
 * then null. So a window from the white space before each such place through the phrase's length in words holds every
 * occurrence, and its words are the text's own. A long news article read whole costs a millisecond or so, and a
 * phrase whose words often meet apart has hundreds of candidates that lack it.
 */
function windowsDecide(text: string, phrase: readonly string[]): boolean | null {
	if (hasNonAsciiWordChar(text)) return null;
	const first = phrase[0]!;
	const anchor = new RegExp([...needleOf(first)].map(char => char.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join(JOINER), 'g');
	const lower = text.toLowerCase();
	// Counted before any window is read: past MAX_ANCHORS the windows would be read for nothing.
	const anchors: number[] = [];
	for (let hit = anchor.exec(lower); hit !== null; hit = anchor.exec(lower)) {
		if (anchors.push(hit.index) > MAX_ANCHORS) return null;
		anchor.lastIndex = hit.index + 1;
	}
	return anchors.some(at => scanContains(text.slice(stretchStart(text, at), endAfterWords(text, at, phrase.length - 1)), phrase));
}

/**
 * Whether `phrase` occurs in `text`: told from windows around its first word where they can tell (windowsDecide),
 * else found in the first few windows or by reading the whole text.
 */
function textContains(text: string, phrase: readonly string[]): boolean {
	if (phrase.length === 0) return true;
	return windowsDecide(text, phrase) ?? (windowsContain(text, phrase) || scanContains(text, phrase));
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
