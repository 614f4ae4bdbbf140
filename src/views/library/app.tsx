/** The library page: search and pick clips on the left, read one on the right, act on several at once. */
import {useEffect, useRef, useState} from 'preact/hooks';
import type {Sanitizer} from '../../core/sanitize/sanitizer.ts';
import {explain} from '../../shared/errors.ts';
import type {RemovedClipRecord} from '../../shared/messages.ts';
import type {Clip} from '../../shared/types.ts';
import {formatDate, plural} from '../../ui/format.ts';
import {Highlighted} from '../../ui/highlighted.tsx';
import {t} from '../../ui/i18n.ts';
import {FilterChips} from '../../ui/filter-chips.tsx';
import type {FacetsResult, LibraryApi, LibraryHit} from './library-api.ts';
import {FilterPanel} from './filter-panel.tsx';
import {Reader} from './reader.tsx';
import {StorageMeter} from './storage-meter.tsx';
import {ExportMenu} from './export-menu.tsx';
import {BackupControls} from './backup-controls.tsx';
import {BulkTag} from './bulk-tag.tsx';
import type {ExportFormat} from '../../core/export/export-clips.ts';

type Sort = 'relevance' | 'published' | 'clipped';

const SORTERS: Record<Sort, ((a: LibraryHit, b: LibraryHit) => number) | null> = {
	relevance: null, // the order search returns
	published: (a, b) => (b.publishedAt ?? '').localeCompare(a.publishedAt ?? ''),
	clipped: (a, b) => b.clippedAt - a.clippedAt,
};

export function LibraryApp({api, sanitizer, initialId}: {api: LibraryApi; sanitizer: Sanitizer | null; initialId?: number}) {
	const [query, setQuery] = useState('');
	const [sort, setSort] = useState<Sort>('relevance');
	const [results, setResults] = useState<{hits: LibraryHit[]; total: number} | null>(null);
	const [selected, setSelected] = useState<Set<number>>(new Set());
	const [openId, setOpenId] = useState<number | undefined>(initialId);
	const [open, setOpen] = useState<Clip | undefined>();
	const [notice, setNotice] = useState<{message: string; undo?: RemovedClipRecord[]} | null>(null);
	const [facets, setFacets] = useState<FacetsResult | null>(null);
	const latest = useRef(0);
	const latestFacets = useRef(0);
	const searchBox = useRef<HTMLInputElement>(null);

	/** Counts over the results, after a pause in typing: they read more clips than the list shows. */
	function countFacets(text: string, delay: number): () => void {
		const ticket = ++latestFacets.current;
		const timer = setTimeout(() => {
			api.facets(text).then(found => ticket === latestFacets.current && setFacets(found), () => undefined);
		}, delay);
		return () => clearTimeout(timer);
	}

	async function runSearch(text = query) {
		const ticket = ++latest.current; // answers to older keystrokes are dropped, so typing never waits on them
		const found = await api.search(text);
		if (ticket === latest.current) {
			setResults(found);
		}
	}

	useEffect(() => {
		runSearch(query).catch(error => setNotice({message: explain(error)}));
	}, [query]);

	useEffect(() => countFacets(query, facets ? 250 : 0), [query]);

	useEffect(() => {
		if (openId === undefined) {
			setOpen(undefined);
			return;
		}
		api.getClip(openId).then(setOpen, error => setNotice({message: explain(error)}));
	}, [openId]);

	async function refresh() {
		countFacets(query, 0);
		await runSearch();
		if (openId !== undefined) {
			const clip = await api.getClip(openId);
			clip ? setOpen(clip) : setOpenId(undefined); // deleted elsewhere: the reader closes
		}
	}

	// Clips saved, edited or deleted elsewhere (the popup, a shortcut, another library tab) show here without a
	// reload; a database cleared behind the page's back is read again when the tab is shown.
	const latestRefresh = useRef(refresh);
	latestRefresh.current = refresh;
	useEffect(() => {
		// Changes arriving while a refresh runs are folded into one more refresh after it. No timer: a tab in the
		// background has its timers slowed to one a second, and the list should be right when the person looks.
		let running = false;
		let again = false;
		const soon = async () => {
			if (running) {
				again = true;
				return;
			}
			running = true;
			try {
				do {
					again = false;
					await latestRefresh.current();
				} while (again);
			} catch (error) {
				setNotice({message: explain(error)});
			} finally {
				running = false;
			}
		};
		const onShown = () => document.visibilityState === 'visible' && void soon();
		const unsubscribe = api.onLibraryChange(() => void soon());
		document.addEventListener('visibilitychange', onShown);
		return () => {
			unsubscribe();
			document.removeEventListener('visibilitychange', onShown);
		};
	}, []);

	async function remove(ids: number[]) {
		try {
			const removed = await api.deleteClips(ids);
			setSelected(new Set());
			if (openId !== undefined && ids.includes(openId)) {
				setOpenId(undefined);
			}
			// The list changes first, so "Deleted" never shows beside a clip that is gone.
			await runSearch();
			countFacets(query, 0);
			setNotice({message: plural(removed.length, 'deletedCountOne', 'deletedCountMany'), undo: removed});
		} catch (error) {
			setNotice({message: explain(error)});
		}
	}

	async function tagSelected(tag: string) {
		try {
			const changed = await api.tagClips([...selected], [tag]);
			await refresh();
			setNotice({message: t(changed === 1 ? 'taggedCountOne' : 'taggedCountMany', changed, tag)});
		} catch (error) {
			setNotice({message: explain(error)});
		}
	}

	async function exportAs(ids: number[], format: ExportFormat) {
		try {
			setNotice({message: t('exportedFile', await api.exportClips(ids, format))});
		} catch (error) {
			setNotice({message: explain(error)});
		}
	}

	async function undo(removed: RemovedClipRecord[]) {
		const restored = await api.restoreClips(removed);
		await runSearch();
		countFacets(query, 0);
		setNotice({message: plural(restored, 'restoredCountOne', 'restoredCountMany')});
	}

	const hits = results ? (SORTERS[sort] ? [...results.hits].sort(SORTERS[sort]!) : results.hits) : [];
	const toggle = (id: number) => setSelected(previous => {
		const next = new Set(previous);
		next.has(id) ? next.delete(id) : next.add(id);
		return next;
	});

	return (
		<div class="library">
			<header class="library-header">
				<img src="icons/icon-32.png" alt="" width={28} height={28}/>
				<h1>{t('libraryTitle')}</h1>
				<StorageMeter api={api}/>
				<BackupControls api={api} onMessage={message => setNotice({message})} onRestored={() => {
					void runSearch();
					countFacets(query, 0);
				}}/>
			</header>
			<main class="library-body">
				<section class="results-pane" aria-label={t('searchClips')}>
					<div class="search-row">
						<input type="search" aria-label={t('searchClips')} placeholder={t('librarySearchPlaceholder')}
							ref={searchBox} value={query} onInput={event => setQuery(event.currentTarget.value)}/>
						<FilterChips query={query} onChange={setQuery} onEmptied={() => searchBox.current?.focus()}/>
						<label class="sort">{t('sort')} <select value={sort} onChange={event => setSort(event.currentTarget.value as Sort)}>
							<option value="relevance">{t('sortRelevance')}</option>
							<option value="published">{t('sortPublished')}</option>
							<option value="clipped">{t('sortClipped')}</option>
						</select></label>
					</div>
					<FilterPanel query={query} onQuery={setQuery} facets={facets}/>
					{selected.size > 0 && (
						<div class="bulk-bar" role="toolbar" aria-label={t('selectedClips')}>
							<span class="bulk-count">{plural(selected.size, 'selectedCountOne', 'selectedCountMany')}</span>
							<BulkTag onTag={tag => void tagSelected(tag)}/>
							<button type="button" onClick={() => void api.openPrint([...selected])}>{t('printAsBriefingPack')}</button>
							<ExportMenu onExport={format => void exportAs([...selected], format)}/>
							<button type="button" class="danger" onClick={() => void remove([...selected])}>{t('delete')}</button>
						</div>
					)}
					{results === null ? <p class="muted">{t('loading')}</p> : hits.length === 0 ? (
						<p class="empty" data-testid="empty">{query ? t('noClipsMatch') : t('libraryEmpty')}</p>
					) : (
						<>
							<div class="result-head">
								<label class="select-all">
									<input type="checkbox" checked={hits.every(hit => selected.has(hit.id))}
										onChange={event => setSelected(event.currentTarget.checked ? new Set(hits.map(hit => hit.id)) : new Set())}/>
									{t('selectAllShown')}
								</label>
								<p class="muted result-count" aria-live="polite">{plural(results.total, 'clipCountOne', 'clipCountMany')}</p>
							</div>
							<ul class="results">
								{hits.map(hit => (
									<li key={hit.id} class={hit.id === openId ? 'result open' : 'result'} data-testid="clip">
										<input type="checkbox" checked={selected.has(hit.id)} onChange={() => toggle(hit.id)} aria-label={t('selectClip', hit.title)}/>
										<div>
											<button type="button" class="result-title" onClick={() => setOpenId(hit.id)} aria-current={hit.id === openId}>{hit.title}</button>
											<div class="muted">{[hit.publisher, formatDate(hit.publishedAt)].filter(Boolean).join(' · ')}</div>
											{hit.snippet && <p class="snippet"><Highlighted text={hit.snippet.text} ranges={hit.snippet.highlights}/></p>}
										</div>
									</li>
								))}
							</ul>
						</>
					)}
				</section>
				<section class="reader-pane" aria-label={t('clipPane')}>
					{open ? (
						<>
							<div class="reader-actions">
								<ExportMenu onExport={format => void exportAs([open.id], format)}/>
								<button type="button" onClick={() => void api.openPrint([open.id])}>{t('print')}</button>
								<button type="button" class="danger" onClick={() => void remove([open.id])}>{t('delete')}</button>
							</div>
							<Reader clip={open} api={api} sanitizer={sanitizer} onChanged={() => void refresh()}/>
						</>
					) : <p class="muted reader-empty">{t('chooseClip')}</p>}
				</section>
			</main>
			{notice && (
				<div class="toast" role="status">
					{notice.message}
					{notice.undo && <button type="button" onClick={() => void undo(notice.undo!)}>{t('undo')}</button>}
					<button type="button" aria-label={t('dismiss')} onClick={() => setNotice(null)}>×</button>
				</div>
			)}
		</div>
	);
}
