/**
 * The library's filters beside the results: a published-date range and facet lists with counts over the
 * current results (departments, years, document types, tags). Every control edits the query text, so the
 * search box, its chips and these lists always say the same thing.
 */
import {useState} from 'preact/hooks';
import type {FacetCount, LibraryFacets} from '../../core/library/facets.ts';
import {filterSpans, publishedBounds, setPublishedBound, spanMatches, toggleFacet, type PickedFacet} from '../../core/library/query-filters.ts';
import {t, type MessageKey} from '../../ui/i18n.ts';
import type {FacetsResult} from './library-api.ts';

const SHOWN = 6;

// Message keys, looked up at render time (after the entry file has set the locale).
const GROUPS: [keyof LibraryFacets, PickedFacet, MessageKey][] = [
	['departments', 'dept', 'facetDepartments'],
	['years', 'year', 'facetYears'],
	['types', 'type', 'facetTypes'],
	['tags', 'tag', 'facetTags'],
];

function FacetGroup({name, facet, heading, values, query, onQuery}: {
	name: string; facet: PickedFacet; heading: MessageKey; values: FacetCount[]; query: string; onQuery(query: string): void;
}) {
	const [all, setAll] = useState(false);
	const spans = filterSpans(query);
	const shown = all ? values : values.slice(0, SHOWN);
	const id = `facet-${name}`;
	return (
		<section class="facet" aria-labelledby={id} data-testid={id}>
			<h2 id={id}>{t(heading)}</h2>
			<ul class="facet-values">
				{shown.map(({value, count}) => {
					const picked = spans.some(span => spanMatches(span, facet, value));
					return (
						<li key={value}>
							{/* The name is the visible text with a comma, "Cabinet Office, 12". Given as a label because browsers
							    join a hidden comma to its neighbours differently (Chromium read "Cabinet Office , 12"). */}
							<button type="button" class="facet-value" aria-pressed={picked} aria-label={`${value}, ${count.toLocaleString('en')}`}
								onClick={() => onQuery(toggleFacet(query, facet, value))}>
								{value} <span class="facet-count">{count.toLocaleString('en')}</span>
							</button>
						</li>
					);
				})}
			</ul>
			{values.length > SHOWN && (
				<button type="button" class="link-button facet-more" aria-expanded={all} onClick={() => setAll(!all)}>
					{all ? t('facetShowFewer') : t('facetShowAll', values.length)}
				</button>
			)}
		</section>
	);
}

export function FilterPanel({query, onQuery, facets}: {query: string; onQuery(query: string): void; facets: FacetsResult | null}) {
	const {from, to} = publishedBounds(query);
	return (
		<details class="filter-panel" open>
			<summary>{t('filters')}</summary>
			<div class="date-range">
				<label>{t('publishedFrom')}
					<input type="date" value={from} max={to || undefined} onChange={event => onQuery(setPublishedBound(query, 'from', event.currentTarget.value))}/>
				</label>
				<label>{t('publishedTo')}
					<input type="date" value={to} min={from || undefined} onChange={event => onQuery(setPublishedBound(query, 'to', event.currentTarget.value))}/>
				</label>
			</div>
			{facets && GROUPS.map(([name, facet, heading]) => facets.facets[name].length > 0 && (
				<FacetGroup key={name} name={name} facet={facet} heading={heading} values={facets.facets[name]} query={query} onQuery={onQuery}/>
			))}
			{facets && facets.counted < facets.total && (
				<p class="muted facets-note">{t('facetsCounted', facets.counted.toLocaleString('en'), facets.total.toLocaleString('en'))}</p>
			)}
		</details>
	);
}
