/** Asks the browser not to evict the library under storage pressure (on top of unlimitedStorage). */
import {askForPersistentStorage as ask} from '../platform/storage-protection.ts';

export async function askForPersistentStorage(): Promise<void> {
	try {
		// In Chromium's service worker there is no persist() to call: unlimitedStorage is the protection there.
		await ask();
	} catch (error) {
		// Not fatal: the library page shows the state and offers the request again.
		console.warn('GovClip: persistent storage request failed', error);
	}
}
