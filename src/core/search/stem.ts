/**
 * A light English stemmer: Porter's steps 1a, 1b and 5a (plurals, -ed, -ing, final -e), nothing more.
 * Indexing and querying share it, so it only has to be deterministic, not linguistically right:
 * "policies" → "policy", "announced"/"announces"/"announcing" → "announc", "making" → "make".
 */

// Plural-looking words whose "s" is not a plural ending.
const KEEP = new Set(['news', 'series', 'species', 'always', 'perhaps', 'whereas', 'overseas', 'lens', 'thanks', 'wales', 'means']);
const ONLY_LATIN = /^[a-z]+$/;

function isConsonant(word: string, i: number): boolean {
	const c = word[i];
	if (c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u') {
		return false;
	}
	return c === 'y' ? i === 0 || !isConsonant(word, i - 1) : true;
}

/** Porter's m: the number of vowel-consonant sequences, [C](VC){m}[V]. */
function measure(word: string): number {
	let m = 0;
	let i = 0;
	while (i < word.length && isConsonant(word, i)) i++;
	while (i < word.length) {
		while (i < word.length && !isConsonant(word, i)) i++;
		if (i >= word.length) break;
		m++;
		while (i < word.length && isConsonant(word, i)) i++;
	}
	return m;
}

function hasVowel(word: string): boolean {
	for (let i = 0; i < word.length; i++) {
		if (!isConsonant(word, i)) return true;
	}
	return false;
}

/** Ends consonant-vowel-consonant, the last not w, x or y ("hop", not "hoop" or "box"). */
function endsCvc(word: string): boolean {
	const n = word.length;
	return n >= 3 && isConsonant(word, n - 3) && !isConsonant(word, n - 2) && isConsonant(word, n - 1) && !/[wxy]$/.test(word);
}

function endsDoubleConsonant(word: string): boolean {
	const n = word.length;
	return n >= 2 && word[n - 1] === word[n - 2] && isConsonant(word, n - 1);
}

function stripPlural(word: string): string {
	if (word.endsWith('sses')) return word.slice(0, -2);
	if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
	if (/(?:ss|us|is)$/.test(word)) return word;
	return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** Porter 1b, with "-ied" → "-y" so that "applied" meets "apply" without Porter's y → i step. */
function stripSuffix(word: string): string {
	if (word.endsWith('eed')) {
		return measure(word.slice(0, -3)) > 0 ? word.slice(0, -1) : word;
	}
	if (word.endsWith('ied') && word.length > 4) {
		return `${word.slice(0, -3)}y`;
	}
	const suffix = word.endsWith('ed') ? 2 : word.endsWith('ing') ? 3 : 0;
	const base = word.slice(0, word.length - suffix);
	if (suffix === 0 || !hasVowel(base)) {
		return word;
	}
	if (/(?:at|bl|iz)$/.test(base)) return `${base}e`;
	if (endsDoubleConsonant(base) && !/[lsz]$/.test(base)) return base.slice(0, -1);
	if (measure(base) === 1 && endsCvc(base)) return `${base}e`;
	return base;
}

function stripFinalE(word: string): string {
	if (!word.endsWith('e')) {
		return word;
	}
	const base = word.slice(0, -1);
	const m = measure(base);
	return m > 1 || (m === 1 && !endsCvc(base)) ? base : word;
}

/** Stems one folded word; words of other scripts, with digits, or of three letters or fewer are returned as given. */
export function stem(word: string): string {
	if (word.length <= 3 || KEEP.has(word) || !ONLY_LATIN.test(word)) {
		return word;
	}
	return stripFinalE(stripSuffix(stripPlural(word)));
}
