/** Phrase checks on a clip's text: positions are not indexed, so phrases are confirmed on the few best candidates. */
import type {ClipFields} from './clip-to-index-doc.ts';
import {iterateWords, type WordSpan} from './tokenize.ts';

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

/** Whether `phrase` occurs in `text`, reading words only until it is found. */
function textContains(text: string, phrase: readonly string[]): boolean {
	const recent: WordSpan[] = [];
	for (const span of iterateWords(text)) {
		recent.push(span);
		if (recent.length > phrase.length) recent.shift();
		if (recent.length === phrase.length && findPhrase(recent, phrase) === 0) return true;
	}
	return false;
}

/**
 * A checker over one clip's fields. A phrase must lie within one field: a title's last word and the
 * summary's first are not a phrase. Reading stops at the first occurrence, which is usually early.
 */
export function phraseChecker(fields: ClipFields): (phrase: readonly string[]) => boolean {
	return phrase => Object.values(fields).some(text => textContains(text, phrase));
}
