import '../helpers/register-dom.ts';
import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {cleanup, fireEvent, render, screen, waitFor} from '@testing-library/preact';
import {App} from '../../src/popup/app.tsx';
import type {PopupApi} from '../../src/popup/popup-api.ts';
import type {SaveResult} from '../../src/shared/messages.ts';
import type {ClipSummary} from '../../src/shared/types.ts';
import {AppError} from '../../src/shared/errors.ts';

afterEach(cleanup);

const SUMMARY: ClipSummary = {
	id: 1, title: 'New funding for coastal towns', publisher: 'Department for Levelling Up', publishedAt: '2026-02-03',
	clippedAt: Date.UTC(2026, 1, 4), url: 'https://a.test/x', canonicalUrl: 'https://a.test/x', documentType: 'press release',
	tags: [], version: 1, contactCount: 3, linkCount: 5,
};

const RESULT: SaveResult = {
	status: 'saved', id: 1, title: SUMMARY.title, publisher: SUMMARY.publisher, publishedAt: SUMMARY.publishedAt,
	clippedAt: SUMMARY.clippedAt, version: 1, contactCount: 3, linkCount: 5, changes: [],
};

function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi & {printed: number[]; opened: (number | undefined)[]} {
	const printed: number[] = [];
	const opened: (number | undefined)[] = [];
	return {
		printed,
		opened,
		openLibrary: async id => {
			opened.push(id);
		},
		clipPage: async () => RESULT,
		recentClips: async () => [],
		openPrint: async id => {
			printed.push(id);
		},
		shortcut: async () => 'Alt+Shift+C',
		...overrides,
	};
}

test('an empty library explains how to clip, with the shortcut', async () => {
	render(<App api={fakeApi()}/>);
	const empty = await screen.findByTestId('empty');
	assert.match(empty.textContent!, /No clips yet[\s\S]*Alt\+Shift\+C/);
	assert.match(screen.getByRole('button', {name: /Clip this page/}).textContent!, /Alt\+Shift\+C/);
});

test('clipping shows the result in words and refreshes the list', async () => {
	let clips: ClipSummary[] = [];
	render(<App api={fakeApi({clipPage: async () => {
		clips = [SUMMARY];
		return RESULT;
	}, recentClips: async () => clips})}/>);
	await screen.findByTestId('empty');
	fireEvent.click(screen.getByRole('button', {name: /Clip this page/}));
	const saved = await screen.findByTestId('saved');
	assert.match(saved.textContent!, /Saved: New funding for coastal towns/);
	assert.match(saved.textContent!, /Department for Levelling Up · 3 February 2026 · 3 contacts · 5 related links/);
	await waitFor(() => assert.equal(screen.getAllByTestId('clip').length, 1));
});

test('an already clipped page says when it was clipped', async () => {
	render(<App api={fakeApi({clipPage: async () => ({...RESULT, status: 'unchanged'})})}/>);
	fireEvent.click(screen.getByRole('button', {name: /Clip this page/}));
	assert.match((await screen.findByTestId('saved')).textContent!, /Already clipped on 4 February 2026/);
});

test('a page that cannot be clipped is explained in an alert', async () => {
	render(<App api={fakeApi({clipPage: async () => {
		throw new AppError('NO_ARTICLE');
	}})}/>);
	fireEvent.click(screen.getByRole('button', {name: /Clip this page/}));
	const alert = await screen.findByRole('alert');
	assert.match(alert.textContent!, /^No article found on this page/);
});

test('Print opens the print view of that clip', async () => {
	const api = fakeApi({recentClips: async () => [SUMMARY]});
	render(<App api={api}/>);
	fireEvent.click(await screen.findByRole('button', {name: `Print “${SUMMARY.title}”`}));
	assert.deepEqual(api.printed, [1]);
});

test('a clip title opens it in the library, and the footer opens the library', async () => {
	const api = fakeApi({recentClips: async () => [SUMMARY]});
	render(<App api={api}/>);
	fireEvent.click(await screen.findByRole('button', {name: SUMMARY.title}));
	fireEvent.click(screen.getByRole('button', {name: 'Open the library'}));
	assert.deepEqual(api.opened, [1, undefined]);
});
