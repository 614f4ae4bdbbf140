/** Folds words for matching: compatibility forms, no diacritics, lower case, and the letters NFKD leaves whole. */

const MARKS = /\p{M}+/gu;
const ASCII = /^[\x00-\x7f]*$/;
// NFKD splits "é" into "e" + accent but leaves these as single letters; readers type them spelled out.
const LIGATURES: Record<string, string> = {ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ð: 'd', ı: 'i'};
const LIGATURE = /[ßæœøđłþðı]/g;
const UMLAUT = /[äöüÄÖÜ]/g;
const UMLAUT_SPELLED: Record<string, string> = {ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue'};

/** "Müller" → "muller", "Straße" → "strasse", "ÉCONOMIE" → "economie", "Œuvre" → "oeuvre". */
export function foldText(text: string): string {
	if (ASCII.test(text)) {
		return text.toLowerCase();
	}
	return text.normalize('NFKD').replace(MARKS, '').toLowerCase().replace(LIGATURE, letter => LIGATURES[letter] ?? letter);
}

/**
 * German writes an umlaut as the letter plus "e" where the umlaut is unavailable ("Mueller" for "Müller"),
 * so a word with an umlaut is also indexed under that spelling. Returns null for words without one.
 */
export function spellOutUmlauts(text: string): string | null {
	if (ASCII.test(text)) {
		return null;
	}
	const nfc = text.normalize('NFC'); // "u" + combining diaeresis becomes "ü" first
	const spelled = nfc.replace(UMLAUT, letter => UMLAUT_SPELLED[letter] ?? letter);
	return spelled === nfc ? null : foldText(spelled);
}
