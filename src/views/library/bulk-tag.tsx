/** The bulk bar's tag field: one tag added to every selected clip. */
import {useState} from 'preact/hooks';
import {t} from '../../ui/i18n.ts';

export function BulkTag({onTag}: {onTag(tag: string): void}) {
	const [tag, setTag] = useState('');
	const clean = tag.replace(/\s+/g, ' ').trim();
	return (
		<form class="bulk-tag" onSubmit={event => {
			event.preventDefault();
			if (clean) {
				onTag(clean);
				setTag('');
			}
		}}>
			<input type="text" value={tag} size={12} aria-label={t('tagSelected')} placeholder={t('addTagPlaceholder')}
				onInput={event => setTag(event.currentTarget.value)}/>
			<button type="submit" disabled={!clean}>{t('addTagToSelected')}</button>
		</form>
	);
}
