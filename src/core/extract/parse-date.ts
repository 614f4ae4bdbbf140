/** Dates as pages print them ("4 August 2014", "25.01.2022", "3. Juli 2018", "December 23, 2016") turned into ISO 8601. */

export type FoundDate = {iso: string; index: number; length: number};

// Month names and common abbreviations in the languages government newsrooms publish in.
const MONTHS: Record<string, number> = {};
const MONTH_NAMES: string[][] = [
	['january', 'jan', 'januar', 'jänner', 'jän', 'janvier', 'janv', 'enero', 'ene', 'gennaio', 'gen', 'januari'],
	['february', 'feb', 'februar', 'feber', 'février', 'févr', 'fevrier', 'febrero', 'febbraio', 'februari'],
	['march', 'mar', 'märz', 'mär', 'maerz', 'mars', 'marzo', 'maart', 'mrt'],
	['april', 'apr', 'avril', 'avr', 'abril', 'abr', 'aprile'],
	['may', 'mai', 'mayo', 'maggio', 'mag', 'mei'],
	['june', 'jun', 'juni', 'juin', 'junio', 'giugno', 'giu'],
	['july', 'jul', 'juli', 'juillet', 'juil', 'julio', 'luglio', 'lug'],
	['august', 'aug', 'août', 'aout', 'agosto', 'ago', 'augustus'],
	['september', 'sep', 'sept', 'septembre', 'septiembre', 'settembre', 'set'],
	['october', 'oct', 'oktober', 'okt', 'octobre', 'octubre', 'ottobre', 'ott'],
	['november', 'nov', 'novembre', 'noviembre'],
	['december', 'dec', 'dezember', 'dez', 'décembre', 'déc', 'decembre', 'diciembre', 'dic', 'dicembre'],
];
MONTH_NAMES.forEach((names, month) => names.forEach(name => (MONTHS[name] = month + 1)));

const MONTH = `(${Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')})\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|\\.)?';
// Lookarounds instead of \b: textContent glues blocks together ("27.01.2022MineralölINFO").
const PATTERNS: {regex: RegExp; parts: (match: RegExpExecArray) => [string, string, string] | null}[] = [
	{regex: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?(?!\d)/g, parts: m => [m[1]!, m[2]!, m[3]!]},
	{regex: /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)/g, parts: m => [m[3]!, m[2]!, m[1]!]},
	{regex: /(?<!\d)(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/g, parts: m => [m[1]!, m[2]!, m[3]!]},
	{regex: new RegExp(`(?<![\\p{L}\\d])${DAY}\\s*(?:de\\s+)?${MONTH}(?:\\s+de)?,?\\s+(\\d{4})(?!\\d)`, 'giu'), parts: m => [m[3]!, monthOf(m[2]!), m[1]!]},
	{regex: new RegExp(`(?<![\\p{L}\\d])${MONTH}\\s+${DAY},?\\s+(\\d{4})(?!\\d)`, 'giu'), parts: m => [m[3]!, monthOf(m[1]!), m[2]!]},
];
const SLASHED = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?!\d)/g;

function monthOf(name: string): string {
	return String(MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0);
}

function isoDay(year: string, month: string, day: string): string | null {
	const y = Number(year);
	const m = Number(month);
	const d = Number(day);
	if (y < 1990 || y > 2100 || m < 1 || m > 12 || d < 1 || d > 31) {
		return null;
	}
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCDate() !== d) {
		return null; // 31 September and friends
	}
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Every date printed in `text`, in order. `monthFirst` reads 03/07/2018 the US way. */
export function findDates(text: string, {monthFirst = false}: {monthFirst?: boolean} = {}): FoundDate[] {
	const found: FoundDate[] = [];
	for (const {regex, parts} of PATTERNS) {
		for (const match of text.matchAll(regex)) {
			const [year, month, day] = parts(match as RegExpExecArray) ?? [];
			const iso = year && month && day ? isoDay(year, month, day) : null;
			if (iso) {
				found.push({iso, index: match.index!, length: match[0].length});
			}
		}
	}
	for (const match of text.matchAll(SLASHED)) {
		const [first, second] = [Number(match[1]), Number(match[2])];
		// A part over 12 settles the order; otherwise the page's language does.
		const monthIsFirst = second > 12 || (first <= 12 && monthFirst);
		const iso = monthIsFirst ? isoDay(match[3]!, match[1]!, match[2]!) : isoDay(match[3]!, match[2]!, match[1]!);
		if (iso) {
			found.push({iso, index: match.index!, length: match[0].length});
		}
	}
	return found.sort((a, b) => a.index - b.index).filter((date, i, all) => i === 0 || date.index >= all[i - 1]!.index + all[i - 1]!.length);
}

export function findFirstDate(text: string, options?: {monthFirst?: boolean}): FoundDate | null {
	return findDates(text, options)[0] ?? null;
}

const RELATIVE: [RegExp, (amount: number) => number][] = [
	[/\b(?:today|heute|aujourd'hui|aujourd’hui)\b/i, () => 0],
	[/\b(?:yesterday|gestern|hier)\b/i, () => 1],
	[/\b(\d+|an?|one)\s+(?:hours?|minutes?|mins?)\s+ago\b|\bvor\s+(\d+|einer)\s+(?:stunden?|minuten?)\b|\bil y a\s+(\d+|une)\s+(?:heures?|minutes?)\b/i, () => 0],
	[/\b(\d+|an?|one)\s+days?\s+ago\b|\bvor\s+(\d+|einem)\s+tag(?:en)?\b|\bil y a\s+(\d+|un)\s+jours?\b/i, amount => amount],
	[/\b(\d+|an?|one)\s+weeks?\s+ago\b|\bvor\s+(\d+|einer)\s+wochen?\b|\bil y a\s+(\d+|une)\s+semaines?\b/i, amount => amount * 7],
];

/** "yesterday", "2 days ago", "vor 3 Tagen": resolved against the injected clock, date only. */
export function parseRelativeDate(text: string, now: number): string | null {
	for (const [regex, daysBack] of RELATIVE) {
		const match = regex.exec(text);
		if (match) {
			const written = match.slice(1).find(Boolean) ?? '1';
			const amount = /^\d+$/.test(written) ? Number(written) : 1;
			return new Date(now - daysBack(amount) * 86_400_000).toISOString().slice(0, 10);
		}
	}
	return null;
}

const MACHINE_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2})?)(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A machine-readable date (meta content, JSON-LD, `<time datetime>`), kept as precise as written;
 * anything else is read as printed text. Null when there is no plausible date.
 */
export function normalizeDate(value: string | null | undefined, options?: {monthFirst?: boolean}): string | null {
	const text = value?.trim();
	if (!text) {
		return null;
	}
	const machine = MACHINE_DATE.exec(text);
	if (machine) {
		const day = isoDay(machine[1]!, machine[2]!, machine[3]!);
		if (!day) {
			return null;
		}
		return machine[4] ? `${day}T${machine[4]}${machine[4].length === 5 ? ':00' : ''}${normalizeZone(machine[5])}` : day;
	}
	return findFirstDate(text, options)?.iso ?? null;
}

function normalizeZone(zone: string | undefined): string {
	if (!zone) {
		return '';
	}
	return zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
}
