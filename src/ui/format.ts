/** How dates and counts read on screen and on paper. */
import {t, type MessageKey} from './i18n.ts';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "4 August 2014" for an ISO date, or the date-time's day; unknown shapes are shown as given. */
export function formatDate(value: string | number | null | undefined): string {
	if (value === null || value === undefined || value === '') {
		return '';
	}
	const date = typeof value === 'number' ? new Date(value) : new Date(DAY.test(value) ? `${value}T00:00:00Z` : value);
	if (Number.isNaN(date.getTime())) {
		return String(value);
	}
	return date.toLocaleDateString('en-GB', {day: 'numeric', month: 'long', year: 'numeric', timeZone: typeof value === 'string' && DAY.test(value) ? 'UTC' : undefined});
}

/** A count in words from a pair of messages (`contactCountOne`, `contactCountMany`), each with the count as $1. */
export function plural(count: number, one: MessageKey, many: MessageKey): string {
	return t(count === 1 ? one : many, count);
}
