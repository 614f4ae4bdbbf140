/**
 * The list of clips shown by the popup: title (query words marked), department, date, snippet.
 * Arrow keys move between rows, Enter opens, Delete removes (the caller offers Undo).
 */
import type {SearchSnippet} from '../shared/search-types.ts';
import type {ClipSummary} from '../shared/types.ts';
import {formatDate} from './format.ts';
import {Highlighted} from './highlighted.tsx';
import {t} from './i18n.ts';

/** A recent clip, or a search hit with its snippet. */
export type ListedClip = ClipSummary & {snippet?: SearchSnippet};

/** What a row paints: a listed clip, or a row the popup remembered from its last list (popup/recent-snapshot.ts). */
export type ClipListRow = Pick<ClipSummary, 'id' | 'title' | 'publisher' | 'publishedAt'> & {snippet?: SearchSnippet};

export type ClipListProps = {
	clips: readonly ClipListRow[];
	label: string;
	onOpen(id: number): void;
	onPrint(id: number): void;
	onDelete?(id: number): void;
	/** The rows may be out of date and are being checked (aria-busy): the popup's remembered list, before its read. */
	busy?: boolean;
};

function moveFocus(from: HTMLElement, step: number): void {
	const rows = [...(from.closest('ul')?.querySelectorAll<HTMLElement>('.clip-title') ?? [])];
	rows[rows.indexOf(from) + step]?.focus();
}

export function ClipList({clips, label, onOpen, onPrint, onDelete, busy = false}: ClipListProps) {
	return (
		<ul class="clip-list" aria-label={label} aria-busy={busy ? 'true' : undefined}>
			{clips.map(clip => (
				<li key={clip.id} class="clip-row" data-testid="clip">
					<button type="button" class="clip-title" onClick={() => onOpen(clip.id)}
						onKeyDown={event => {
							if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
								event.preventDefault();
								moveFocus(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1);
							} else if (event.key === 'Delete' && onDelete) {
								event.preventDefault();
								moveFocus(event.currentTarget, 1);
								onDelete(clip.id);
							}
						}}>
						{clip.title}
					</button>
					<div class="clip-meta">
						{clip.publisher && <span class="clip-publisher">{clip.publisher}</span>}
						{clip.publishedAt && <time dateTime={clip.publishedAt}>{formatDate(clip.publishedAt)}</time>}
					</div>
					{clip.snippet && <p class="clip-snippet"><Highlighted text={clip.snippet.text} ranges={clip.snippet.highlights}/></p>}
					<div class="clip-actions">
						<button type="button" class="link-button" onClick={() => onPrint(clip.id)} aria-label={t('printClip', clip.title)}>{t('print')}</button>
					</div>
				</li>
			))}
		</ul>
	);
}
