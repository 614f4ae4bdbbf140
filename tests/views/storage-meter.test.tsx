import '../helpers/register-dom.ts';
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup, fireEvent, render, screen} from '@testing-library/preact';
import {StorageMeter} from '../../src/views/library/storage-meter.tsx';
import type {LibraryApi, StorageState} from '../../src/views/library/library-api.ts';

afterEach(cleanup);

const apiWith = (state: StorageState, answer: () => Promise<boolean>) => ({storage: async () => state, requestPersistence: answer}) as unknown as LibraryApi;

test('a protected library says so, with its usage and quota', async () => {
	render(<StorageMeter api={apiWith({usage: 2_500_000, quota: 80_000_000_000, persisted: true}, async () => true)}/>);
	assert.match((await screen.findByTestId('storage')).textContent ?? '', /2\.5 MB used of 80\.0 GB.*Kept safe from browser clean-up/);
	assert.equal(screen.queryByRole('button'), null);
});

test('asking for protection: granted shows the new state', async () => {
	render(<StorageMeter api={apiWith({usage: 0, quota: 0, persisted: false}, async () => true)}/>);
	fireEvent.click(await screen.findByRole('button', {name: 'Keep my clips safe from browser clean-up'}));
	await screen.findByText('Kept safe from browser clean-up');
});

test('asking for protection: a refusal, or a failure, is said in words instead of a button that does nothing', async () => {
	for (const answer of [async () => false, async () => Promise.reject(new Error('not allowed'))]) {
		render(<StorageMeter api={apiWith({usage: 0, quota: 0, persisted: false}, answer)}/>);
		fireEvent.click(await screen.findByRole('button', {name: 'Keep my clips safe from browser clean-up'}));
		assert.match((await screen.findByRole('status')).textContent ?? '', /did not agree.*Back up your library/);
		assert.equal(screen.queryByRole('button'), null);
		cleanup();
	}
});
