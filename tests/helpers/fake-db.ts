/** A ClipDb on its own private fake IndexedDB, so tests share no database. */
import {IDBFactory, IDBKeyRange} from 'fake-indexeddb';
import {ClipDb} from '../../src/storage/db.ts';

export function freshDb(name = 'govclip'): {db: ClipDb; idb: {indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange}} {
	const idb = {indexedDB: new IDBFactory(), IDBKeyRange};
	return {db: new ClipDb(name, idb), idb};
}
