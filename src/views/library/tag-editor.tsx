/** Tags as removable chips plus a field that adds one on Enter or comma. */
import {useState} from 'preact/hooks';
import {t} from '../../ui/i18n.ts';

export function TagEditor({tags, onChange}: {tags: string[]; onChange(tags: string[]): void}) {
	const [draft, setDraft] = useState('');
	function add() {
		const tag = draft.trim();
		if (tag) {
			onChange([...tags, tag]);
		}
		setDraft('');
	}
	return (
		<div class="tag-editor">
			<ul class="chips" aria-label={t('tags')}>
				{tags.map(tag => (
					<li key={tag} class="chip">
						{tag}
						<button type="button" aria-label={t('removeTag', tag)} onClick={() => onChange(tags.filter(other => other !== tag))}>×</button>
					</li>
				))}
			</ul>
			<input type="text" aria-label={t('addTag')} placeholder={t('addTagPlaceholder')} value={draft}
				onInput={event => setDraft(event.currentTarget.value)}
				onKeyDown={event => {
					if (event.key === 'Enter' || event.key === ',') {
						event.preventDefault();
						add();
					}
				}}/>
		</div>
	);
}
