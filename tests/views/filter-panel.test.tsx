import '../helpers/register-dom.ts';
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {useState} from 'preact/hooks';
import {cleanup, fireEvent, render, screen} from '@testing-library/preact';
import {FilterPanel} from '../../src/views/library/filter-panel.tsx';
import type {FacetsResult} from '../../src/views/library/library-api.ts';

afterEach(cleanup);

const FACETS: FacetsResult = {
	facets: {
		departments: [{value: 'Cabinet Office', count: 12}, {value: 'HM Treasury', count: 3}],
		years: [{value: '2025', count: 9}, {value: '2024', count: 6}],
		types: Array.from({length: 8}, (_, i) => ({value: `type ${i + 1}`, count: 8 - i})),
		tags: [],
	},
	counted: 15,
	total: 15,
};

function Harness({initial = '', facets = FACETS}: {initial?: string; facets?: FacetsResult}) {
	const [query, setQuery] = useState(initial);
	return (
		<>
			<output data-testid="query">{query}</output>
			<FilterPanel query={query} onQuery={setQuery} facets={facets}/>
		</>
	);
}

const query = () => screen.getByTestId('query').textContent;
/** A facet button's accessible name, exactly "Cabinet Office, 12". */
const facet = (value: string, count: number) => `${value}, ${count}`;

test('facet values show their counts and filter the query when pressed; pressing again takes the filter out', () => {
	render(<Harness initial='flood'/>);
	const office = screen.getByRole('button', {name: facet('Cabinet Office', 12)});
	assert.equal(office.getAttribute('aria-pressed'), 'false');
	fireEvent.click(office);
	assert.equal(query(), 'flood dept:"Cabinet Office" ');
	assert.equal(screen.getByRole('button', {name: facet('Cabinet Office', 12)}).getAttribute('aria-pressed'), 'true');
	fireEvent.click(screen.getByRole('button', {name: facet('2024', 6)}));
	assert.equal(query(), 'flood dept:"Cabinet Office" published:2024 ');
	fireEvent.click(screen.getByRole('button', {name: facet('Cabinet Office', 12)}));
	assert.equal(query(), 'flood published:2024 ');
});

test('groups without values are left out, long ones show six values until asked for all', () => {
	render(<Harness/>);
	assert.ok(screen.getByRole('region', {name: 'Departments'}));
	assert.equal(screen.queryByRole('region', {name: 'Tags'}), null);
	const types = screen.getByRole('region', {name: 'Document types'});
	assert.equal(types.querySelectorAll('.facet-value').length, 6);
	fireEvent.click(screen.getByRole('button', {name: 'Show all 8'}));
	assert.equal(types.querySelectorAll('.facet-value').length, 8);
	assert.ok(screen.getByRole('button', {name: 'Show fewer'}));
});

test('the date range writes after: and before: into the query and reads them back', () => {
	render(<Harness initial='flood after:2020'/>);
	const from = screen.getByLabelText('Published from') as HTMLInputElement;
	assert.equal(from.value, '2020-01-01');
	fireEvent.change(from, {target: {value: '2024-03-01'}});
	assert.equal(query(), 'flood after:2024-03-01 ');
	const to = screen.getByLabelText('Published to') as HTMLInputElement;
	fireEvent.change(to, {target: {value: '2024-04-30'}});
	assert.equal(query(), 'flood after:2024-03-01 before:2024-04-30 ');
	fireEvent.change(screen.getByLabelText('Published from'), {target: {value: ''}});
	assert.equal(query(), 'flood before:2024-04-30 ');
});

test('says when the counts cover only the first results', () => {
	render(<Harness facets={{...FACETS, counted: 2000, total: 12345}}/>);
	assert.ok(screen.getByText('Counted over the first 2,000 of 12,345 clips.'));
});
