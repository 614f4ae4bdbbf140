/** Back up the whole library to a file, or merge a backup file back in. */
import {useRef} from 'preact/hooks';
import {explain} from '../../shared/errors.ts';
import {t} from '../../ui/i18n.ts';
import type {LibraryApi} from './library-api.ts';

export function BackupControls({api, onMessage, onRestored}: {api: LibraryApi; onMessage(message: string): void; onRestored(): void}) {
	const input = useRef<HTMLInputElement>(null);
	async function restore(file: File) {
		try {
			const {added, updated, unchanged} = await api.restoreBackup(file);
			onMessage(t('backupImported', file.name, added, updated, unchanged));
			onRestored();
		} catch (error) {
			onMessage(explain(error));
		}
	}
	return (
		<div class="backup-controls">
			<button type="button" onClick={() => void api.backUp().then(name => onMessage(t('backupSaved', name)), error => onMessage(explain(error)))}>{t('backUpLibrary')}</button>
			<button type="button" onClick={() => input.current?.click()}>{t('importBackup')}</button>
			<input ref={input} type="file" accept="application/json,.json" hidden aria-label={t('backupFile')}
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
