import '../helpers/register-dom.ts';
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {useState} from 'preact/hooks';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {FilterChips, filterLabel} from '../../src/ui/filter-chips.tsx';
import {parseQuery} from '../../src/core/search/parse-query.ts';

afterEach(cleanup);

const label = (text: string) => filterLabel(parseQuery(text).filters[0]!);

test('chips say what each filter does, in words', () => {
	assert.equal(label('dept:"Cabinet Office"'), 'Department: Cabinet Office');
	assert.equal(label('-tag:draft'), 'Not tag: draft');
	assert.equal(label('type:speech'), 'Type: speech');
	assert.equal(label('site:gov.uk'), 'Site: gov.uk');
	assert.equal(label('after:2024-01-01'), 'Published from 1 January 2024');
	assert.equal(label('before:2024-06'), 'Published until 30 June 2024');
	assert.equal(label('published:2024'), 'Published in 2024');
	assert.equal(label('published:2024-03'), 'Published 1 March 2024 to 31 March 2024');
	assert.equal(label('published:2024-03-05'), 'Published on 5 March 2024');
	assert.equal(label('-after:2024'), 'Published until 31 December 2023');
	assert.equal(label('clipped-after:2025-02-01'), 'Clipped from 1 February 2025');
});

function Harness({initial, onEmptied}: {initial: string; onEmptied?(): void}) {
	const [query, setQuery] = useState(initial);
	return (
		<>
			<output data-testid="query">{query}</output>
			<FilterChips query={query} onChange={setQuery} onEmptied={onEmptied}/>
		</>
	);
}

test('removing a chip removes its text from the query; the keyboard stays on the chips, then returns to the search box', async () => {
	let emptied = 0;
	render(<Harness initial={'flood dept:"Cabinet Office" tag:brexit'} onEmptied={() => emptied++}/>);
	assert.ok(screen.getByRole('list', {name: 'Active filters'}));
	const first = screen.getByRole('button', {name: 'Remove filter: Department: Cabinet Office'});
	first.focus();
	fireEvent.click(first);
	assert.equal(screen.getByTestId('query').textContent, 'flood tag:brexit');
	await waitFor(() => assert.equal(document.activeElement?.getAttribute('aria-label'), 'Remove filter: Tag: brexit'));
	fireEvent.click(screen.getByRole('button', {name: 'Remove filter: Tag: brexit'}));
	assert.equal(screen.getByTestId('query').textContent, 'flood');
	assert.equal(screen.queryByRole('list', {name: 'Active filters'}), null);
	await waitFor(() => assert.equal(emptied, 1));
});

test('a query without filters shows no chips', () => {
	render(<Harness initial='flood "net zero" -brexit'/>);
	assert.equal(screen.queryByTestId('filter-chips'), null);
});
