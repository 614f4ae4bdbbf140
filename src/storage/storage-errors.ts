/** Turns the browser's "disk full" failures, in whichever wrapping they arrive, into AppError('STORAGE_FULL'). */
import {AppError} from '../shared/errors.ts';

// Firefox before DOMException names were unified reported a full profile as this.
const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']);

/**
 * Whether `error` is a quota failure: a DOMException from IndexedDB, Dexie's `QuotaExceededError` for it, or
 * the `AbortError` a transaction ends with, whose `inner` (possibly several levels down) is one of those.
 */
export function isQuotaError(error: unknown, depth = 0): boolean {
	if (typeof error !== 'object' || error === null || depth > 5) {
		return false;
	}
	const {name, inner, cause, failures} = error as {name?: unknown; inner?: unknown; cause?: unknown; failures?: unknown};
	if (typeof name === 'string' && QUOTA_NAMES.has(name)) {
		return true;
	}
	// Dexie's BulkError keeps the per-row errors of a bulk write in `failures`.
	const rowErrors = Array.isArray(failures) ? failures : [];
	return [inner, cause, ...rowErrors].some(nested => isQuotaError(nested, depth + 1));
}

/** The error to rethrow: STORAGE_FULL for a quota failure, anything else unchanged, so nothing is swallowed. */
export function toStorageError(error: unknown): unknown {
	return isQuotaError(error) ? new AppError('STORAGE_FULL') : error;
}

/** For `.catch()` after a write transaction. */
export function rethrowStorageError(error: unknown): never {
	throw toStorageError(error);
}
