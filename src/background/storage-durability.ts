/** Asks the browser not to evict the library under storage pressure (on top of unlimitedStorage). */
export async function askForPersistentStorage(): Promise<void> {
	try {
		if (!(await navigator.storage.persisted())) {
			await navigator.storage.persist();
		}
	} catch (error) {
		// Not fatal: the library page shows the state and offers the request again.
		console.warn('GovClip: persistent storage request failed', error);
	}
}
