/** The toolbar popup: "Clip this page" first, the result in words, then search over the library or recent clips. */
import {useEffect, useRef, useState} from 'preact/hooks';
import {explain} from '../shared/errors.ts';
import type {ClipMode, RemovedClipRecord} from '../shared/messages.ts';
import {ClipList, type ClipListRow} from '../ui/clip-list.tsx';
import {FilterChips} from '../ui/filter-chips.tsx';
import {t} from '../ui/i18n.ts';
import type {PopupApi} from './popup-api.ts';
import {sameRows} from './recent-snapshot.ts';
import {SaveStatus, type SaveState} from './save-status.tsx';

/**
 * Set once, when the first list is on screen: the rows the last popup showed (its snapshot), or, without one, the
 * recent clips read from the database or the empty-library words. bench/popup.ts reads it.
 */
export const FIRST_LIST_MARK = 'govclip:first-list';
/** Set once, when a list read from the database is on screen (the same moment as the first list without a snapshot). */
export const FRESH_LIST_MARK = 'govclip:fresh-list';

/** A promise and its resolver: the ids the first database read lists, for actions on rows painted before it. */
function checkedIds() {
	let resolve!: (ids: ReadonlySet<number>) => void;
	const promise = new Promise<ReadonlySet<number>>(done => {
		resolve = done;
	});
	return {promise, resolve};
}

/** `onFreshList` runs once a list read from the database is on screen: the entry file starts slower, optional work there. */
export function App({api, onFreshList}: {api: PopupApi; onFreshList?(): void}) {
	const [state, setState] = useState<SaveState>({kind: 'idle'});
	const [query, setQuery] = useState('');
	// What the last popup showed, painted at once; the database's answer replaces it (rendered again only if it differs).
	const [clips, setClips] = useState<ClipListRow[] | null>(() => api.lastShown());
	// Whether the rows on screen came from the database (or a search), not from the remembered snapshot.
	const [fresh, setFresh] = useState(false);
	const [shortcut, setShortcut] = useState('');
	const [undo, setUndo] = useState<RemovedClipRecord[] | null>(null);
	const [selection, setSelection] = useState(false);
	const latest = useRef(0);
	const isFresh = useRef(false);
	const checked = useRef<ReturnType<typeof checkedIds> | null>(null);
	checked.current ??= checkedIds();
	const searchBox = useRef<HTMLInputElement>(null);
	const listShown = clips !== null;

	function showFresh(found: ClipListRow[]) {
		const replacingSnapshot = !isFresh.current;
		isFresh.current = true;
		setClips(current => (replacingSnapshot && current && !found.some(clip => clip.snippet) && sameRows(current, found) ? current : found));
		setFresh(true);
		checked.current!.resolve(new Set(found.map(clip => clip.id)));
	}

	async function refresh(text = query) {
		const ticket = ++latest.current; // an older keystroke's answer never overwrites a newer one
		const recent = !text.trim();
		const found = recent ? await api.recentClips() : await api.search(text);
		if (ticket === latest.current) {
			showFresh(found);
			if (recent) {
				api.rememberShown(found); // the next popup's first list
			}
		}
	}

	/**
	 * A row painted from the snapshot may name a clip deleted since (by the library, say): act on it only once the
	 * database's list has it. Rows painted after that read came from the database: act at once.
	 */
	function whenListed(id: number, act: () => void): void {
		if (isFresh.current) {
			act();
		} else {
			void checked.current!.promise.then(ids => ids.has(id) && act());
		}
	}

	useEffect(() => {
		api.shortcut().then(setShortcut, () => undefined);
	}, [api]);

	useEffect(() => {
		if (!listShown) return;
		// Effects run after the browser has painted: the list is on screen.
		performance.mark?.(FIRST_LIST_MARK);
	}, [listShown]);

	useEffect(() => {
		if (!fresh) return;
		performance.mark?.(FRESH_LIST_MARK);
		onFreshList?.();
		// Only now ask the page about its selection, so the question never delays the list.
		api.hasSelection().then(setSelection, () => setSelection(false));
	}, [api, fresh]);

	useEffect(() => {
		refresh(query).catch(error => {
			showFresh([]);
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
			api.forgetShown(id); // at once: the popup may close before the list is read again
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
					: <ClipList clips={clips} label={searching ? t('searchResults') : t('recentClips')} busy={!fresh}
						onOpen={id => whenListed(id, () => void api.openLibrary(id))} onPrint={id => whenListed(id, () => void api.openPrint(id))}
						onDelete={id => whenListed(id, () => void remove(id))}/>}
			<footer class="popup-footer">
				<button type="button" class="link-button" onClick={() => void api.openLibrary()}>{t('openLibrary')}</button>
			</footer>
		</main>
	);
}
