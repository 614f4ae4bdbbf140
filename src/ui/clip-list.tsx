/** The list of clips shown by the popup and the library: title, department, date, and the row's actions. */
import type {ClipSummary} from '../shared/types.ts';
import {formatDate} from './format.ts';

export type ClipListProps = {
	clips: ClipSummary[];
	onOpen(id: number): void;
	onPrint(id: number): void;
};

export function ClipList({clips, onOpen, onPrint}: ClipListProps) {
	return (
		<ul class="clip-list" aria-label="Recent clips">
			{clips.map(clip => (
				<li key={clip.id} class="clip-row" data-testid="clip">
					<button type="button" class="clip-title" onClick={() => onOpen(clip.id)}>{clip.title}</button>
					<div class="clip-meta">
						{clip.publisher && <span class="clip-publisher">{clip.publisher}</span>}
						{clip.publishedAt && <time dateTime={clip.publishedAt}>{formatDate(clip.publishedAt)}</time>}
					</div>
					<div class="clip-actions">
						<button type="button" class="link-button" onClick={() => onPrint(clip.id)} aria-label={`Print “${clip.title}”`}>Print</button>
					</div>
				</li>
			))}
		</ul>
	);
}
