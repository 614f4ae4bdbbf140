/** Tags as removable chips plus a field that adds one on Enter or comma. */
import {useState} from 'preact/hooks';

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
			<ul class="chips" aria-label="Tags">
				{tags.map(tag => (
					<li key={tag} class="chip">
						{tag}
						<button type="button" aria-label={`Remove tag ${tag}`} onClick={() => onChange(tags.filter(other => other !== tag))}>×</button>
					</li>
				))}
			</ul>
			<input type="text" aria-label="Add a tag" placeholder="Add a tag…" value={draft}
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
