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

const RESULT: SaveResult = {...SUMMARY, status: 'saved', changes: []};

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
		hasSelection: async () => false,
		recentClips: async () => [],
		search: async () => [],
		remove: async () => [],
		restore: async () => undefined,
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

test('typing searches, marks the matched words, and says when nothing matches', async () => {
	const queries: string[] = [];
	render(<App api={fakeApi({search: async query => {
		queries.push(query);
		return query === 'coastal' ? [{...SUMMARY, score: 1, snippet: {text: 'New funding for coastal towns', highlights: [[16, 23]]}}] : [];
	}})}/>);
	const box = screen.getByRole('searchbox', {name: 'Search your clips'});
	fireEvent.input(box, {target: {value: 'coastal'}});
	await waitFor(() => assert.equal(screen.getAllByTestId('clip').length, 1));
	assert.equal(document.querySelector('mark')?.textContent, 'coastal');
	assert.ok(screen.getByRole('list', {name: 'Search results'}));
	fireEvent.input(box, {target: {value: 'zebra'}});
	assert.match((await screen.findByTestId('empty')).textContent!, /No clips match this search/);
	assert.deepEqual(queries, ['coastal', 'zebra']);
});

test('arrow keys move between clips and Delete removes one with Undo', async () => {
	const second = {...SUMMARY, id: 2, title: 'Second clip'};
	let clips = [SUMMARY, second];
	const api = fakeApi({
		recentClips: async () => clips,
		remove: async id => {
			clips = clips.filter(clip => clip.id !== id);
			return [{clip: {} as never, body: null, versions: []}];
		},
		restore: async () => {
			clips = [SUMMARY, second];
		},
	});
	render(<App api={api}/>);
	const first = await screen.findByRole('button', {name: SUMMARY.title});
	first.focus();
	fireEvent.keyDown(first, {key: 'ArrowDown'});
	assert.equal(document.activeElement?.textContent, 'Second clip');
	fireEvent.keyDown(document.activeElement!, {key: 'Delete'});
	await waitFor(() => assert.equal(screen.getAllByTestId('clip').length, 1));
	fireEvent.click(screen.getByRole('button', {name: 'Undo'}));
	await waitFor(() => assert.equal(screen.getAllByTestId('clip').length, 2));
});

test('"Clip selection" appears only when text is selected on the page, and clips in selection mode', async () => {
	const modes: (string | undefined)[] = [];
	render(<App api={fakeApi({hasSelection: async () => true, clipPage: async mode => {
		modes.push(mode);
		return RESULT;
	}})}/>);
	fireEvent.click(await screen.findByRole('button', {name: 'Clip selection'}));
	await screen.findByTestId('saved');
	fireEvent.click(screen.getByRole('button', {name: /Clip this page/}));
	await waitFor(() => assert.deepEqual(modes, ['selection', 'article']));
});

test('without a selection there is no "Clip selection" button', async () => {
	render(<App api={fakeApi()}/>);
	await screen.findByTestId('empty');
	assert.equal(screen.queryByRole('button', {name: 'Clip selection'}), null);
});

test('typed filters show as chips; removing one searches without it', async () => {
	const queries: string[] = [];
	render(<App api={fakeApi({search: async query => {
		queries.push(query);
		return [];
	}})}/>);
	const box = screen.getByRole('searchbox', {name: 'Search your clips'});
	fireEvent.input(box, {target: {value: 'flood dept:"Cabinet Office" after:2024-01-01'}});
	fireEvent.click(await screen.findByRole('button', {name: 'Remove filter: Published from 1 January 2024'}));
	assert.equal((box as HTMLInputElement).value, 'flood dept:"Cabinet Office"');
	await waitFor(() => assert.equal(queries.at(-1), 'flood dept:"Cabinet Office"'));
	assert.ok(screen.getByRole('button', {name: 'Remove filter: Department: Cabinet Office'}));
});

test('the popup marks when its first list is on screen', async () => {
	performance.clearMarks?.('govclip:first-list');
	render(<App api={fakeApi({recentClips: async () => [SUMMARY]})}/>);
	await screen.findAllByTestId('clip');
	await waitFor(() => assert.equal(performance.getEntriesByName('govclip:first-list').length, 1));
});
