/** A DBCore middleware that makes the k-th write fail, the way IndexedDB fails when the disk or quota is full. */
import type Dexie from 'dexie';
import type {DBCore, DBCoreMutateRequest, DBCoreTable} from 'dexie';

export type WriteFault = {
	/** Fail the write with this number (1-based, counted since `arm`); 0 lets every write through. */
	failAt: number;
	/** Writes seen since `arm`. */
	count: number;
	error: () => unknown;
	arm(failAt: number, error: () => unknown): void;
	disarm(): void;
};

/** Installs the fault on `db`; call before the database opens, since Dexie builds its DBCore stack at open. */
export function injectWriteFault(db: Dexie): WriteFault {
	const fault: WriteFault = {
		failAt: 0,
		count: 0,
		error: () => new Error('unset'),
		arm(failAt, error) {
			this.failAt = failAt;
			this.count = 0;
			this.error = error;
		},
		disarm() {
			this.failAt = 0;
			this.count = 0;
		},
	};
	db.use({
		stack: 'dbcore',
		name: 'write-fault',
		create: (down: DBCore): DBCore => ({
			...down,
			table(name: string): DBCoreTable {
				const table = down.table(name);
				return {
					...table,
					mutate(request: DBCoreMutateRequest) {
						if (fault.failAt > 0 && ++fault.count === fault.failAt) {
							return Promise.reject(fault.error());
						}
						return table.mutate(request);
					},
				};
			},
		}),
	});
	return fault;
}

/** Rejects if `promise` has not settled within `ms`: a save that hangs is as bad as one that half-writes. */
export function settlesWithin<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const watchdog = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`${what} did not settle within ${ms} ms`)), ms);
	});
	return Promise.race([promise, watchdog]).finally(() => clearTimeout(timer));
}
