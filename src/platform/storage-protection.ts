/**
 * Whether the browser may evict GovClip's database under storage pressure, and asking it not to.
 *
 * The two browsers say it differently. Firefox reports `persisted()` true for an extension holding unlimitedStorage.
 * Chromium reports false, yet its quota manager never evicts an origin with unlimited storage, and `persist()` from an
 * extension page usually answers false there. So the permission counts as protection too; the builds made for quota
 * tests, which leave it out, show the real state.
 */
import {browser} from './browser.ts';

export async function isProtectedFromEviction(): Promise<boolean> {
	const [persisted, unlimited] = await Promise.all([
		navigator.storage.persisted().catch(() => false),
		browser.permissions.contains({permissions: ['unlimitedStorage']}).catch(() => false),
	]);
	return persisted || unlimited;
}

/**
 * Asks for persistent storage; false when refused or when this context cannot ask: `persist()` exists in windows only,
 * not in a service worker (Chromium's background).
 */
export async function askForPersistentStorage(): Promise<boolean> {
	if (typeof navigator.storage?.persist !== 'function') {
		return false;
	}
	return (await navigator.storage.persisted()) || navigator.storage.persist();
}
