/** How much space the library takes, whether the browser may evict it, and a button to ask it not to. */
import {useEffect, useState} from 'preact/hooks';
import {t} from '../../ui/i18n.ts';
import type {LibraryApi, StorageState} from './library-api.ts';

function megabytes(bytes: number): string {
	return bytes >= 1e9 ? t('sizeGigabytes', (bytes / 1e9).toFixed(1)) : t('sizeMegabytes', (bytes / 1e6).toFixed(1));
}

export function StorageMeter({api}: {api: LibraryApi}) {
	const [state, setState] = useState<StorageState | null>(null);
	const [refused, setRefused] = useState(false);
	useEffect(() => {
		api.storage().then(setState, () => setState(null));
	}, []);
	if (!state) {
		return null;
	}
	return (
		<div class="storage-meter" data-testid="storage">
			<span>{state.quota ? t('storageUsedOf', megabytes(state.usage), megabytes(state.quota)) : t('storageUsed', megabytes(state.usage))}</span>
			{state.persisted ? <span class="muted">{t('storagePersisted')}</span> : refused ? <span role="status">{t('storagePersistRefused')}</span> : (
				// A refusal is said in words, never a button that silently does nothing.
				<button type="button" class="link-button" onClick={() => void api.requestPersistence().then(
					persisted => persisted ? setState({...state, persisted}) : setRefused(true),
					() => setRefused(true),
				)}>
					{t('storagePersist')}
				</button>
			)}
		</div>
	);
}
