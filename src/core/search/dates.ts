/** Dates as whole days since 1970-01-01 (UTC), the unit of date filters and of the tie-break by publication. */

/** Marks a clip without a date: it fails every date filter and sorts after dated clips. */
export const NO_DAY = -2147483648;
const DAY_MS = 86_400_000;
const ISO_PREFIX = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/;

function validDay(year: number, month: number, day: number): number | null {
	const ms = Date.UTC(year, month - 1, day);
	const date = new Date(ms);
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? ms / DAY_MS : null;
}

/**
 * The day an ISO date or date-time falls on as printed: "2024-03-05T23:30:00-05:00" is 5 March, the
 * publisher's date, not the reader's. A bare year or month counts as its first day.
 */
export function dayOfIso(iso: string | null | undefined): number {
	const match = iso ? ISO_PREFIX.exec(iso.trim()) : null;
	if (!match) {
		return NO_DAY;
	}
	return validDay(Number(match[1]), Number(match[2] ?? 1), Number(match[3] ?? 1)) ?? NO_DAY;
}

/** The UTC day of a millisecond timestamp (clippedAt). */
export function dayOfTime(ms: number): number {
	return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : NO_DAY;
}

/**
 * The first and last day a query date covers: "2024" is the whole year, "2024-03" the month, "2024-03-05"
 * the day. Accepts "/" or "." between parts. Null for anything else, so the parser can keep it as text.
 */
export function dayRange(value: string): {first: number; last: number} | null {
	const match = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/.exec(value);
	if (!match) {
		return null;
	}
	const year = Number(match[1]);
	if (match[3] !== undefined) {
		const day = validDay(year, Number(match[2]), Number(match[3]));
		return day === null ? null : {first: day, last: day};
	}
	if (match[2] !== undefined) {
		const month = Number(match[2]);
		const first = validDay(year, month, 1);
		return first === null ? null : {first, last: Date.UTC(year, month, 0) / DAY_MS};
	}
	const first = validDay(year, 1, 1);
	return first === null ? null : {first, last: validDay(year, 12, 31)!};
}
