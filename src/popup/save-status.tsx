/** What happened to the last clip, in words: working, saved/updated/already clipped, or why it failed. */
import type {SaveResult} from '../shared/messages.ts';
import {formatDate, plural} from '../ui/format.ts';
import {t} from '../ui/i18n.ts';

export type SaveState =
	| {kind: 'idle'}
	| {kind: 'working'}
	| {kind: 'done'; result: SaveResult}
	| {kind: 'failed'; message: string};

export function SaveStatus({state}: {state: SaveState}) {
	switch (state.kind) {
		case 'idle':
			return <div role="status" class="status"/>;
		case 'working':
			return <div role="status" class="status">{t('savingStatus')}</div>;
		case 'failed':
			return <div role="alert" class="status error" data-testid="error">{state.message}</div>;
		case 'done': {
			const {result} = state;
			const verb = result.status === 'saved' ? t('savedStatus') : result.status === 'updated' ? t('updatedStatus', result.version) : t('alreadyClippedStatus', formatDate(result.clippedAt));
			return (
				<div role="status" class="status ok" data-testid="saved">
					<strong>{verb}</strong> {result.title}
					<div class="muted">
						{[result.publisher, formatDate(result.publishedAt), `${plural(result.contactCount, 'contactCountOne', 'contactCountMany')} · ${plural(result.linkCount, 'relatedLinkCountOne', 'relatedLinkCountMany')}`].filter(Boolean).join(' · ')}
					</div>
					{result.changes.length > 0 && <ul class="changes">{result.changes.map(change => <li key={change}>{change}</li>)}</ul>}
				</div>
			);
		}
	}
}
