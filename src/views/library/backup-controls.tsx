/** Back up the whole library to a file, or merge a backup file back in. */
import {useRef} from 'preact/hooks';
import {explain} from '../../shared/errors.ts';
import type {LibraryApi} from './library-api.ts';

export function BackupControls({api, onMessage, onRestored}: {api: LibraryApi; onMessage(message: string): void; onRestored(): void}) {
	const input = useRef<HTMLInputElement>(null);
	async function restore(file: File) {
		try {
			const {added, updated, unchanged} = await api.restoreBackup(file);
			onMessage(`Imported ${file.name}: ${added} added, ${updated} updated, ${unchanged} already in the library.`);
			onRestored();
		} catch (error) {
			onMessage(explain(error));
		}
	}
	return (
		<div class="backup-controls">
			<button type="button" onClick={() => void api.backUp().then(name => onMessage(`Saved ${name}`), error => onMessage(explain(error)))}>Back up library</button>
			<button type="button" onClick={() => input.current?.click()}>Import backup…</button>
			<input ref={input} type="file" accept="application/json,.json" hidden aria-label="Backup file to import"
				onChange={event => {
					const file = event.currentTarget.files?.[0];
					event.currentTarget.value = '';
					if (file) {
						void restore(file);
					}
				}}/>
		</div>
	);
}
