/** The toolbar popup: "Clip this page" first, the result in words, then search over the library or recent clips. */
import {useEffect, useRef, useState} from 'preact/hooks';
import {explain} from '../shared/errors.ts';
import type {ClipMode, RemovedClipRecord} from '../shared/messages.ts';
import {ClipList, type ListedClip} from '../ui/clip-list.tsx';
import {FilterChips} from '../ui/filter-chips.tsx';
import {t} from '../ui/i18n.ts';
import type {PopupApi} from './popup-api.ts';
import {SaveStatus, type SaveState} from './save-status.tsx';

/** Set once, when the first list (recent clips or the empty-library words) is on screen: bench/popup.ts reads it. */
export const FIRST_LIST_MARK = 'govclip:first-list';

/** `onFirstList` runs once the first list is on screen: the entry file starts slower, optional work there. */
export function App({api, onFirstList}: {api: PopupApi; onFirstList?(): void}) {
	const [state, setState] = useState<SaveState>({kind: 'idle'});
	const [query, setQuery] = useState('');
	const [clips, setClips] = useState<ListedClip[] | null>(null);
	const [shortcut, setShortcut] = useState('');
	const [undo, setUndo] = useState<RemovedClipRecord[] | null>(null);
	const [selection, setSelection] = useState(false);
	const latest = useRef(0);
	const searchBox = useRef<HTMLInputElement>(null);
	const listShown = clips !== null;

	async function refresh(text = query) {
		const ticket = ++latest.current; // an older keystroke's answer never overwrites a newer one
		const found = text.trim() ? await api.search(text) : await api.recentClips();
		if (ticket === latest.current) {
			setClips(found);
		}
	}

	useEffect(() => {
		api.shortcut().then(setShortcut, () => undefined);
	}, [api]);

	useEffect(() => {
		if (!listShown) return;
		// Effects run after the browser has painted: the list is on screen.
		performance.mark?.(FIRST_LIST_MARK);
		onFirstList?.();
		// Only now ask the page about its selection, so the question never delays the list.
		api.hasSelection().then(setSelection, () => setSelection(false));
	}, [api, listShown]);

	useEffect(() => {
		refresh(query).catch(error => {
			setClips([]);
			setState({kind: 'failed', message: explain(error)});
		});
	}, [api, query]);

	async function clip(mode: ClipMode = 'article') {
		setState({kind: 'working'});
		try {
			setState({kind: 'done', result: await api.clipPage(mode)});
			await refresh();
		} catch (error) {
			setState({kind: 'failed', message: explain(error)}); // An event handler is the top: tell the person why.
		}
	}

	async function remove(id: number) {
		try {
			setUndo(await api.remove(id));
			await refresh();
		} catch (error) {
			setState({kind: 'failed', message: explain(error)});
		}
	}

	async function restore(removed: RemovedClipRecord[]) {
		setUndo(null);
		await api.restore(removed);
		await refresh();
	}

	const searching = query.trim() !== '';
	return (
		<main class="popup">
			<header class="popup-header">
				<img src="icons/icon-32.png" alt="" width={24} height={24}/>
				<h1>{t('extensionName')}</h1>
			</header>
			<div class="clip-buttons">
				<button type="button" class="primary" onClick={() => void clip()} disabled={state.kind === 'working'}>
					{t('clipThisPage')}
					{shortcut && <kbd aria-label={t('shortcutLabel', shortcut)}>{shortcut}</kbd>}
				</button>
				{selection && (
					<button type="button" class="secondary" onClick={() => void clip('selection')} disabled={state.kind === 'working'}>
						{t('clipSelection')}
					</button>
				)}
			</div>
			<SaveStatus state={state}/>
			<input type="search" class="popup-search" aria-label={t('searchYourClips')} placeholder={t('popupSearchPlaceholder')}
				ref={searchBox} value={query} onInput={event => setQuery(event.currentTarget.value)}/>
			<FilterChips query={query} onChange={setQuery} onEmptied={() => searchBox.current?.focus()}/>
			{undo && (
				<div class="undo" role="status">
					{t('clipDeleted')} <button type="button" class="link-button" onClick={() => void restore(undo)}>{t('undo')}</button>
				</div>
			)}
			<h2>{searching ? t('results') : t('recentClips')}</h2>
			{clips === null
				? <p class="muted">{t('loading')}</p>
				: clips.length === 0
					? <p class="empty" data-testid="empty">{searching ? t('noClipsMatch') : shortcut ? t('popupEmptyWithShortcut', shortcut) : t('popupEmpty')}</p>
					: <ClipList clips={clips} label={searching ? t('searchResults') : t('recentClips')}
						onOpen={id => void api.openLibrary(id)} onPrint={id => void api.openPrint(id)} onDelete={id => void remove(id)}/>}
			<footer class="popup-footer">
				<button type="button" class="link-button" onClick={() => void api.openLibrary()}>{t('openLibrary')}</button>
			</footer>
		</main>
	);
}
