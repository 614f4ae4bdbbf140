/** Turns the browser's "disk full" failures, in whichever wrapping they arrive, into AppError('STORAGE_FULL'). */
import {AppError} from '../shared/errors.ts';

// Firefox before DOMException names were unified reported a full profile as this.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

// Firefox at its limit sometimes fails the write with one of these ("A mutation operation was attempted on a
// database that did not allow mutations") instead of a quota error: a full disk only when the estimate says so.
const WRITE_FAILURE_NAMES = new Set(['InvalidStateError', 'UnknownError', 'AbortError']);

/** Room left under which a failed write is taken for a full disk: 4 MiB, or 2 % of a large quota. */
const FULL_MARGIN = {bytes: 4 * 1024 * 1024, share: 0.02};

export type StorageEstimate = () => Promise<{usage?: number; quota?: number}>;

/** Whether `error`, or an error it wraps (possibly several levels down), has one of `names`. */
function hasErrorNamed(error: unknown, names: ReadonlySet<string>, depth = 0): boolean {
	if (typeof error !== 'object' || error === null || depth > 5) {
		return false;
	}
	const {name, inner, cause, failures} = error as {name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown};
	if (typeof name === 'string' && names.has(name)) {
		return true;
	}
	// Dexie's BulkError keeps the per-row errors of a bulk write in `failures`.
	const rowErrors = Array.isArray(failures) ? failures : [];
	return [inner, cause, ...rowErrors].some(nested => hasErrorNamed(nested, names, depth + 1));
}

/**
 * Whether `error` is a quota failure: a DOMException from IndexedDB, Dexie's `QuotaExceededError` for it, or
 * the `AbortError` a transaction ends with, whose `inner` (possibly several levels down) is one of those.
 */
export const isQuotaError = (error: unknown): boolean => hasErrorNamed(error, QUOTA_NAMES);

/** Whether the storage estimate leaves less room than a write needs; false when the browser cannot tell. */
async function nearlyFull(estimate: StorageEstimate): Promise<boolean> {
	try {
		const {usage, quota} = await estimate();
		if (typeof usage !== 'number' || typeof quota !== 'number' || quota <= 0) {
			return false;
		}
		const left = quota - usage;
		return left < FULL_MARGIN.bytes || left < quota * FULL_MARGIN.share;
	} catch {
		return false;
	}
}

const browserEstimate: StorageEstimate = async () => globalThis.navigator?.storage?.estimate?.() ?? {};

/**
 * The error to rethrow: STORAGE_FULL for a quota failure, or for a failed write while the disk is nearly full;
 * anything else unchanged, so nothing is swallowed.
 */
export async function toStorageError(error: unknown, estimate: StorageEstimate = browserEstimate): Promise<unknown> {
	if (isQuotaError(error)) {
		return new AppError('STORAGE_FULL');
	}
	if (hasErrorNamed(error, WRITE_FAILURE_NAMES) && await nearlyFull(estimate)) {
		return new AppError('STORAGE_FULL');
	}
	return error;
}

/** For `.catch()` after a write transaction. */
export async function rethrowStorageError(error: unknown): Promise<never> {
	throw await toStorageError(error);
}
