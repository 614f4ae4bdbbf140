/** How much space the library takes, whether the browser may evict it, and a button to ask it not to. */
import {useEffect, useState} from 'preact/hooks';
import type {LibraryApi, StorageState} from './library-api.ts';

function megabytes(bytes: number): string {
	return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${(bytes / 1e6).toFixed(1)} MB`;
}

export function StorageMeter({api}: {api: LibraryApi}) {
	const [state, setState] = useState<StorageState | null>(null);
	useEffect(() => {
		api.storage().then(setState, () => setState(null));
	}, []);
	if (!state) {
		return null;
	}
	return (
		<div class="storage-meter" data-testid="storage">
			<span>{megabytes(state.usage)} used{state.quota ? ` of ${megabytes(state.quota)}` : ''}</span>
			{state.persisted ? <span class="muted">Kept safe from browser clean-up</span> : (
				<button type="button" class="link-button" onClick={() => void api.requestPersistence().then(persisted => setState({...state, persisted}))}>
					Keep my clips safe from browser clean-up
				</button>
			)}
		</div>
	);
}
