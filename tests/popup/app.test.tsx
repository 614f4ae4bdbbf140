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

const RESULT: SaveResult = {...SUMMARY, status: 'saved', changes: [], timings: {readMs: 120, sanitizeMs: 30, saveMs: 15}};

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
		lastShown: () => null,
		rememberShown: () => undefined,
		forgetShown: () => undefined,
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

/** A recentClips answer the test releases when it chooses: the database read still in flight. */
function pendingRead() {
	let answer!: (clips: ClipSummary[]) => void;
	const read = new Promise<ClipSummary[]>(resolve => {
		answer = resolve;
	});
	return {read, answer};
}

const DELETED = {id: 9, title: 'A clip deleted in the library', publisher: 'Cabinet Office', publishedAt: '2025-12-01'};

test('the list the last popup showed is painted at once, then replaced by the database\'s', async () => {
	performance.clearMarks?.('govclip:first-list');
	performance.clearMarks?.('govclip:fresh-list');
	const {read, answer} = pendingRead();
	const remembered: unknown[] = [];
	render(<App api={fakeApi({lastShown: () => [DELETED], recentClips: () => read, rememberShown: clips => remembered.push(clips)})}/>);
	assert.deepEqual(screen.getAllByTestId('clip').map(row => row.querySelector('.clip-title')!.textContent), [DELETED.title]);
	assert.equal(screen.getByRole('list', {name: 'Recent clips'}).getAttribute('aria-busy'), 'true', 'marked as being checked');
	await waitFor(() => assert.equal(performance.getEntriesByName('govclip:first-list').length, 1));
	assert.equal(performance.getEntriesByName('govclip:fresh-list').length, 0, 'nothing fresh yet');
	answer([SUMMARY]);
	await waitFor(() => assert.deepEqual(screen.getAllByTestId('clip').map(row => row.querySelector('.clip-title')!.textContent), [SUMMARY.title]));
	assert.equal(screen.getByRole('list', {name: 'Recent clips'}).getAttribute('aria-busy'), null);
	await waitFor(() => assert.equal(performance.getEntriesByName('govclip:fresh-list').length, 1));
	assert.deepEqual(remembered, [[SUMMARY]], 'the fresh list is kept for the next popup');
});

test('a remembered empty library shows its words at once; the read brings the clips', async () => {
	const {read, answer} = pendingRead();
	render(<App api={fakeApi({lastShown: () => [], recentClips: () => read})}/>);
	assert.ok(screen.getByTestId('empty'));
	answer([SUMMARY]);
	await screen.findByRole('button', {name: SUMMARY.title});
	assert.equal(screen.queryByTestId('empty'), null);
});

test('a remembered row whose clip was deleted since opens, prints and deletes nothing, then goes', async () => {
	const {read, answer} = pendingRead();
	const removed: number[] = [];
	const api = fakeApi({lastShown: () => [DELETED], recentClips: () => read, remove: async id => {
		removed.push(id);
		return [];
	}});
	render(<App api={api}/>);
	const title = screen.getByRole('button', {name: DELETED.title});
	fireEvent.click(title);
	fireEvent.click(screen.getByRole('button', {name: `Print “${DELETED.title}”`}));
	fireEvent.keyDown(title, {key: 'Delete'});
	answer([SUMMARY]);
	await screen.findByRole('button', {name: SUMMARY.title});
	assert.equal(screen.queryByRole('button', {name: DELETED.title}), null);
	await new Promise(resolve => setTimeout(resolve, 20));
	assert.deepEqual(api.opened, []);
	assert.deepEqual(api.printed, []);
	assert.deepEqual(removed, []);
});

test('a remembered row still in the library acts once the read has confirmed it', async () => {
	const {read, answer} = pendingRead();
	const api = fakeApi({lastShown: () => [SUMMARY], recentClips: () => read});
	render(<App api={api}/>);
	fireEvent.click(screen.getByRole('button', {name: SUMMARY.title}));
	assert.deepEqual(api.opened, [], 'not before the read');
	answer([SUMMARY]);
	await waitFor(() => assert.deepEqual(api.opened, [1]));
});

test('deleting a clip takes it out of the remembered list at once', async () => {
	const forgotten: number[] = [];
	let clips = [SUMMARY];
	render(<App api={fakeApi({
		recentClips: async () => clips,
		forgetShown: id => forgotten.push(id),
		remove: async id => {
			clips = clips.filter(clip => clip.id !== id);
			return [{clip: {} as never, body: null, versions: []}];
		},
	})}/>);
	fireEvent.keyDown(await screen.findByRole('button', {name: SUMMARY.title}), {key: 'Delete'});
	await screen.findByTestId('empty');
	assert.deepEqual(forgotten, [1]);
});

test('a failed read clears the remembered rows and says why', async () => {
	render(<App api={fakeApi({lastShown: () => [DELETED], recentClips: async () => {
		throw new AppError('NO_ARTICLE');
	}})}/>);
	await screen.findByRole('alert');
	assert.equal(screen.queryByRole('button', {name: DELETED.title}), null);
});
