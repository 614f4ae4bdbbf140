/**
 * Read-only transactions whose result is given as soon as their reads have it. Dexie's `transaction()` settles
 * when the transaction has committed, which for reads alone makes nothing more durable and costs another round
 * trip to the storage process: 0.5–1 ms of every search on a loaded machine.
 */
import Dexie, {type Table, type Transaction} from 'dexie';
import type {ClipDb} from './db.ts';

export function readOnly<T>(db: ClipDb, tables: Table[], scope: (tx: Transaction) => Promise<T>): Promise<T> {
	// A Dexie promise, not a native one: the caller goes on in its own zone, never inside this transaction's.
	return new Dexie.Promise<T>((resolve, reject) => {
		db.transaction('r', tables, async tx => resolve(await scope(tx))).catch(reject);
	});
}
