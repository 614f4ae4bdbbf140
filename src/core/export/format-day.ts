/** Dates as exports write them: ISO days for machines, "20 June 2019" for people, always in a fixed time zone. */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const ISO_PREFIX = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

export type DateParts = [number] | [number, number] | [number, number, number];

/**
 * Year, month and day of an ISO date or date-time as the page wrote it, or of a timestamp in UTC.
 * A date-time keeps the day it names in its own offset: a release dated 23:30 +01:00 stays on its day.
 */
export function dateParts(value: string | number | null | undefined): DateParts | null {
	if (typeof value === 'number') {
		if (!Number.isFinite(value)) {
			return null;
		}
		const date = new Date(value);
		return Number.isNaN(date.getTime()) ? null : [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
	}
	const match = value ? ISO_PREFIX.exec(value.trim()) : null;
	if (!match) {
		return null;
	}
	const year = Number(match[1]);
	const month = Number(match[2]);
	if (month < 1 || month > 12) {
		return [year];
	}
	const day = match[3] === undefined ? 0 : Number(match[3]);
	return day >= 1 && day <= 31 ? [year, month, day] : [year, month];
}

const pad = (value: number) => String(value).padStart(2, '0');

/** "2019-06-20" (or "2019-06", "2019"); '' when unknown. */
export function isoDay(value: string | number | null | undefined): string {
	const parts = dateParts(value);
	return parts ? [String(parts[0]).padStart(4, '0'), ...parts.slice(1).map(pad)].join('-') : '';
}

/** "20 June 2019"; '' when unknown. English on purpose: exports must not depend on the reader's locale. */
export function formatDay(value: string | number | null | undefined): string {
	const parts = dateParts(value);
	if (!parts) {
		return '';
	}
	const [year, month, day] = parts;
	return [day, month === undefined ? undefined : MONTHS[month - 1], year].filter(part => part !== undefined).join(' ');
}

/** A full ISO 8601 timestamp in UTC, or '' for a value that is not a time. */
export function isoTimestamp(value: number): string {
	const date = new Date(value);
	return Number.isFinite(value) && !Number.isNaN(date.getTime()) ? date.toISOString() : '';
}
