/**
 * The filters in the search box (typed, or picked from a facet list) as chips, each removable by mouse or
 * keyboard. The query text stays the one source of truth: a chip is a span of it, and removing the chip
 * removes the span.
 */
import {useRef} from 'preact/hooks';
import {filterSpans, isoDay, removeSpan, type FilterSpan} from '../core/library/query-filters.ts';
import type {QueryFilter} from '../core/search/parse-query.ts';
import {formatDate} from './format.ts';
import {t, type MessageKey} from './i18n.ts';

type FacetFilter = Extract<QueryFilter, {kind: 'facet'}>;
type DateFilter = Extract<QueryFilter, {kind: 'date'}>;

// Message keys, looked up at render time (after the entry file has set the locale).
const FACET_LABELS: Record<FacetFilter['facet'], [MessageKey, MessageKey]> = {
	dept: ['filterDept', 'filterDeptNot'],
	type: ['filterType', 'filterTypeNot'],
	tag: ['filterTag', 'filterTagNot'],
	site: ['filterSite', 'filterSiteNot'],
};

type DateLabels = {from: MessageKey; until: MessageKey; between: MessageKey; on: MessageKey; year: MessageKey};
const DATE_LABELS: Record<DateFilter['field'], DateLabels> = {
	published: {from: 'filterPublishedFrom', until: 'filterPublishedUntil', between: 'filterPublishedBetween', on: 'filterPublishedOn', year: 'filterPublishedYear'},
	clipped: {from: 'filterClippedFrom', until: 'filterClippedUntil', between: 'filterClippedBetween', on: 'filterClippedOn', year: 'filterClippedYear'},
};

const day = (value: number) => formatDate(isoDay(value));

function dateLabel({field, first, last}: DateFilter): string {
	const labels = DATE_LABELS[field];
	if (first === -Infinity) return t(labels.until, day(last));
	if (last === Infinity) return t(labels.from, day(first));
	if (first === last) return t(labels.on, day(first));
	const [start, end] = [isoDay(first), isoDay(last)];
	if (start.endsWith('-01-01') && end === `${start.slice(0, 4)}-12-31`) return t(labels.year, start.slice(0, 4));
	return t(labels.between, day(first), day(last));
}

/** What a chip says: "Department: Cabinet Office", "Not tag: draft", "Published from 1 January 2024". */
export function filterLabel(filter: QueryFilter): string {
	if (filter.kind === 'date') {
		return dateLabel(filter);
	}
	const [plain, negated] = FACET_LABELS[filter.facet];
	return t(filter.negated ? negated : plain, filter.value);
}

export type FilterChipsProps = {
	query: string;
	onChange(query: string): void;
	/** Where focus goes when the last chip is removed: the search box. */
	onEmptied?(): void;
};

export function FilterChips({query, onChange, onEmptied}: FilterChipsProps) {
	const list = useRef<HTMLUListElement>(null);
	const spans = filterSpans(query);
	if (spans.length === 0) {
		return null;
	}
	function remove(span: FilterSpan, index: number) {
		onChange(removeSpan(query, span));
		// The pressed button is gone: keep the keyboard on the chip that took its place, or the search box.
		setTimeout(() => {
			const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];
			const next = buttons[Math.min(index, buttons.length - 1)];
			next ? next.focus() : onEmptied?.();
		}, 0);
	}
	return (
		<ul class="filter-chips" aria-label={t('activeFilters')} ref={list} data-testid="filter-chips">
			{spans.map((span, index) => {
				const label = filterLabel(span.filter);
				return (
					<li key={`${span.start}:${query.slice(span.start, span.end)}`} class="filter-chip">
						<span>{label}</span>
						<button type="button" aria-label={t('removeFilter', label)} onClick={() => remove(span, index)}>×</button>
					</li>
				);
			})}
		</ul>
	);
}
