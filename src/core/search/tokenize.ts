/**
 * The tokenizer indexing, querying, phrase checks and highlighting share: it finds words in the original
 * text (so offsets stay true for highlights) and gives each the terms it is indexed and queried under.
 */
import {foldText, spellOutUmlauts} from './fold-text.ts';
import {stem} from './stem.ts';
import {isStopWord} from './stop-words.ts';

/** One word of the original text. */
export type WordSpan = {
	/** UTF-16 offsets into the text that was scanned. */
	start: number;
	end: number;
	/** Folded, unstemmed: what a prefix being typed is compared with. */
	folded: string;
	/** Too common to index or to require; phrases still match it. */
	stop: boolean;
	/**
	 * forms[0] is the term a query uses; the rest are other terms the index records (parts, spellings).
	 * Shared between spans of the same plain word: never change it.
	 */
	forms: readonly string[];
};

// A word is letters, digits and marks, optionally joined by "/", ".", "-", "@", "_", "&" or an apostrophe
// ("IP/24/1234", "gov.uk", "co-operation", "l'économie"), or by a comma between digits ("2,000").
const CHAR = String.raw`[\p{L}\p{N}\p{M}]`;
const JOIN = String.raw`(?:['’/.\-@_&](?=[\p{L}\p{N}])|(?<=\p{N}),(?=\p{N}))`;
const WORD = new RegExp(String.raw`[\p{L}\p{N}]${CHAR}*(?:${JOIN}${CHAR}+)*`, 'gu');
const PART_SEPARATOR = /[/.\-@_&,]/;
// French elisions ("l'", "qu'") and English possessives ("'s") carry no meaning of their own.
const ELISION = /^(?:l|d|j|m|n|s|t|c|qu|lorsqu|puisqu|jusqu)['’](?=\p{L})/iu;
const POSSESSIVE = /['’]s$/i;
const APOSTROPHE = /['’]/g;
const DIGITS = /^\p{N}+$/u;

function term(folded: string): string {
	return stem(folded);
}

/** Joins the parts of "IP/24/1234" as "ip241234" and "2,000" as "2000", but keeps the point in "1.5". */
function joinParts(raw: string, parts: string[]): string {
	let joined = parts[0] ?? '';
	let offset = joined.length;
	for (let i = 1; i < parts.length; i++) {
		const separator = raw[offset] ?? '';
		const keepPoint = separator === '.' && DIGITS.test(parts[i - 1]!) && DIGITS.test(parts[i]!);
		joined += (keepPoint ? '.' : '') + parts[i];
		offset += 1 + parts[i]!.length;
	}
	return joined;
}

const PLAIN = /^[A-Za-z0-9]+$/;

type WordForms = {folded: string; stop: boolean; forms: readonly string[]};

/**
 * Plain words met lately, with their folding and stem. Snippets and phrase checks scan clip text at every
 * query, and a library repeats its vocabulary: a look-up is cheaper than stemming again. Bounded, and
 * emptied when full, so memory stays flat over a long session.
 */
const PLAIN_WORDS = new Map<string, WordForms>();
const PLAIN_WORDS_KEPT = 50_000;

function plainWord(raw: string): WordForms {
	let word = PLAIN_WORDS.get(raw);
	if (word === undefined) {
		if (PLAIN_WORDS.size >= PLAIN_WORDS_KEPT) PLAIN_WORDS.clear();
		const folded = raw.toLowerCase();
		word = {folded, stop: isStopWord(folded), forms: [term(folded)]};
		PLAIN_WORDS.set(raw, word);
	}
	return word;
}

/** What a word is indexed and queried under, wherever it stands in the text. */
function wordOf(raw: string): WordForms {
	// Most words in most clips are plain: they skip the apostrophe, part and umlaut handling.
	return PLAIN.test(raw) ? plainWord(raw) : joinedWord(raw);
}

function joinedWord(raw: string): WordForms {
	const cleaned = raw.replace(ELISION, '').replace(POSSESSIVE, '').replace(APOSTROPHE, '');
	const rawParts = cleaned.split(PART_SEPARATOR).filter(Boolean);
	const folded = foldText(joinParts(cleaned, rawParts));
	const forms = [term(folded)];
	const umlauts = spellOutUmlauts(cleaned);
	if (umlauts !== null) {
		// The spelled-out form leads: "Müller" in a query must also find "Mueller" (see fold-text.ts).
		forms.unshift(term(umlauts.replace(/[/.\-@_&,]/g, '')));
	}
	if (rawParts.length > 1) {
		for (const part of rawParts) {
			const foldedPart = foldText(part);
			if (!isStopWord(foldedPart)) {
				forms.push(term(foldedPart));
			}
		}
	}
	return {folded, stop: rawParts.length === 1 && isStopWord(folded), forms: [...new Set(forms)]};
}

function spanOf(raw: string, start: number): WordSpan {
	const {folded, stop, forms} = wordOf(raw);
	return {start, end: start + raw.length, folded, stop, forms};
}

const WORD_SCAN = new RegExp(WORD.source, WORD.flags);

const NO_FORMS: readonly string[] = [];

/**
 * Every word of `text`, stop words included, in order. A scan that looks for a few terms only passes `mayMatch`
 * (`mayMatchAny`): a plain word it turns away keeps its place and offsets but is neither stemmed nor looked up, and
 * has no forms, so it matches nothing. Stemming every word of twenty hits' windows cost a fresh page's result page
 * several milliseconds.
 */
export function scanWords(text: string, mayMatch: (lower: string) => boolean = anyWord): WordSpan[] {
	const spans: WordSpan[] = [];
	visitWords(text, mayMatch, (span, start, end) => {
		spans.push(span ?? {start, end, folded: '', stop: false, forms: NO_FORMS});
		return true;
	});
	return spans;
}

const anyWord = () => true;

/**
 * Calls `visit` with every word of `text` in order, with its offsets, until `visit` returns false; a plain word
 * `mayMatch` turns away comes as null, without a span made for it. `mayMatch` is a `mayMatchAny`: it is given the
 * word's first two letters in lower case, all that it looks at. Checks that read a long text for a few words
 * (phrases) keep no spans: most of its words cost a regular-expression match and a look at their first two letters.
 */
export function visitWords(text: string, mayMatch: (lower: string) => boolean, visit: (span: WordSpan | null, start: number, end: number) => boolean): void {
	WORD_SCAN.lastIndex = 0;
	for (let match = WORD_SCAN.exec(text); match !== null; match = WORD_SCAN.exec(text)) {
		const raw = match[0];
		const span = PLAIN.test(raw) && !mayMatch(raw.slice(0, 2).toLowerCase()) ? null : spanOf(raw, match.index);
		if (!visit(span, match.index, match.index + raw.length)) return;
	}
}

/**
 * Whether a plain word (lower case) may be, or begin, one of `wanted`, judged by its first letters alone. A plain
 * word's stem keeps all but its own last letter from the word (stem.ts: "hoping" → "hope"), so every form of it three
 * letters or longer begins with the word's first two letters, and every form with its first: a word that matches a
 * string of three letters or more begins with that string's first two, and one that matches a shorter string with
 * its first.
 */
export function mayMatchAny(wanted: readonly string[]): (lower: string) => boolean {
	const firstTwo = new Set<string>();
	const first = new Set<string>();
	for (const text of wanted) {
		if (text.length >= 3) firstTwo.add(text.slice(0, 2));
		else if (text.length > 0) first.add(text[0]!);
	}
	return lower => firstTwo.has(lower.slice(0, 2)) || first.has(lower[0]!);
}

/** The terms `text` is indexed under, one entry per occurrence (so counting them gives term frequencies). */
export function indexTerms(text: string): string[] {
	// scanWords without its spans: saving a long article reads a quarter of a million words here.
	const terms: string[] = [];
	WORD_SCAN.lastIndex = 0;
	for (let match = WORD_SCAN.exec(text); match !== null; match = WORD_SCAN.exec(text)) {
		const {stop, forms} = wordOf(match[0]);
		if (!stop) {
			for (const form of forms) {
				terms.push(form);
			}
		}
	}
	return terms;
}

/** The terms a query word asks for, one per word, stop words left out. */
export function queryTerms(text: string): string[] {
	return scanWords(text).filter(span => !span.stop).map(span => span.forms[0]!);
}
