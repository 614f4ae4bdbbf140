/** The toolbar popup: "Clip this page" first, the result in words, then recent clips. */
import {useEffect, useState} from 'preact/hooks';
import {explain} from '../shared/errors.ts';
import type {SaveResult} from '../shared/messages.ts';
import type {ClipSummary} from '../shared/types.ts';
import {ClipList} from '../ui/clip-list.tsx';
import {formatDate, plural} from '../ui/format.ts';
import type {PopupApi} from './popup-api.ts';

type SaveState =
	| {kind: 'idle'}
	| {kind: 'working'}
	| {kind: 'done'; result: SaveResult}
	| {kind: 'failed'; message: string};

export function App({api}: {api: PopupApi}) {
	const [state, setState] = useState<SaveState>({kind: 'idle'});
	const [clips, setClips] = useState<ClipSummary[] | null>(null);
	const [shortcut, setShortcut] = useState('');

	async function refresh() {
		setClips(await api.recentClips());
	}

	useEffect(() => {
		refresh().catch(() => setClips([]));
		api.shortcut().then(setShortcut, () => undefined);
	}, [api]);

	async function clip() {
		setState({kind: 'working'});
		try {
			setState({kind: 'done', result: await api.clipPage()});
			await refresh();
		} catch (error) {
			setState({kind: 'failed', message: explain(error)}); // An event handler is the top: tell the person why.
		}
	}

	return (
		<main class="popup">
			<header class="popup-header">
				<img src="icons/icon-32.png" alt="" width={24} height={24}/>
				<h1>GovClip</h1>
			</header>
			<button type="button" class="primary" onClick={clip} disabled={state.kind === 'working'}>
				Clip this page
				{shortcut && <kbd aria-label={`Shortcut ${shortcut}`}>{shortcut}</kbd>}
			</button>
			<SaveStatus state={state}/>
			<h2>Recent clips</h2>
			{clips === null
				? <p class="muted">Loading…</p>
				: clips.length === 0
					? <p class="empty" data-testid="empty">No clips yet. Open a government news page and press “Clip this page”{shortcut ? ` or ${shortcut}` : ''}.</p>
					: <ClipList clips={clips} onOpen={id => void api.openLibrary(id)} onPrint={id => void api.openPrint(id)}/>}
			<footer class="popup-footer">
				<button type="button" class="link-button" onClick={() => void api.openLibrary()}>Open the library</button>
			</footer>
		</main>
	);
}

function SaveStatus({state}: {state: SaveState}) {
	switch (state.kind) {
		case 'idle':
			return <div role="status" class="status"/>;
		case 'working':
			return <div role="status" class="status">Reading page and saving…</div>;
		case 'failed':
			return <div role="alert" class="status error" data-testid="error">{state.message}</div>;
		case 'done': {
			const {result} = state;
			const verb = result.status === 'saved' ? 'Saved' : result.status === 'updated' ? `Updated (version ${result.version})` : `Already clipped on ${formatDate(result.clippedAt)}`;
			return (
				<div role="status" class="status ok" data-testid="saved">
					<strong>{verb}:</strong> {result.title}
					<div class="muted">
						{[result.publisher, formatDate(result.publishedAt), `${plural(result.contactCount, 'contact')} · ${plural(result.linkCount, 'related link')}`].filter(Boolean).join(' · ')}
					</div>
					{result.changes.length > 0 && <ul class="changes">{result.changes.map(change => <li key={change}>{change}</li>)}</ul>}
				</div>
			);
		}
	}
}
