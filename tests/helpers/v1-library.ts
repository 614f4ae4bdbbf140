/**
 * A library in the frozen v1 shape (0.1.0), seeded straight into IndexedDB, and a digest of its tables.
 * The v1 stores are copied here, not imported from src/: src/ moves on, this must not.
 */
import {createHash} from 'node:crypto';
import Dexie from 'dexie';
import {IDBFactory, IDBKeyRange} from 'fake-indexeddb';

export const V1_STORES = {
	clips: '++id, &canonicalUrl, contentHash, publishedAt, clippedAt, publisher, *tags',
	bodies: 'id',
	versions: '++id, clipId',
};

export type Idb = {indexedDB: IDBFactory; IDBKeyRange: typeof IDBKeyRange};

export function privateIdb(): Idb {
	return {indexedDB: new IDBFactory(), IDBKeyRange};
}

const SYLLABLES = ['ba', 'ke', 'mi', 'no', 'pu', 'ra', 'se', 'ti', 'vo', 'zu'];

/** A made-up word that only clip `n` contains, so a search for it has exactly one right answer. */
export function uniqueWord(n: number): string {
	return `q${[...String(n)].map(digit => SYLLABLES[Number(digit)]).join('')}x`;
}

const FILLER = 'The department announced new funding for councils, schools and coastal transport links this year. ';

/** Seeds `count` clips with bodies of about `bodyBytes`, and a superseded version for every tenth clip. */
export async function seedV1Library(idb: Idb, {count, bodyBytes = 2048, name = 'govclip'}: {count: number; bodyBytes?: number; name?: string}): Promise<void> {
	const v1 = new Dexie(name, idb);
	v1.version(1).stores(V1_STORES);
	const chunk = 1000;
	await v1.transaction('rw', v1.table('clips'), v1.table('bodies'), v1.table('versions'), async () => {
		for (let start = 1; start <= count; start += chunk) {
			const clips = [];
			const bodies = [];
			const versions = [];
			for (let n = start; n < Math.min(start + chunk, count + 1); n++) {
				const text = `Clip ${n} ${uniqueWord(n)}. ${FILLER.repeat(Math.ceil(bodyBytes / FILLER.length))}`.slice(0, bodyBytes);
				const clip = {
					id: n, isArticle: true, url: `https://www.gov.uk/news/${n}`, canonicalUrl: `https://www.gov.uk/news/${n}`,
					title: `Release ${n}`, publisher: n % 2 ? 'Department for Transport' : 'Home Office', byline: null,
					publishedAt: `2025-01-${String(1 + (n % 28)).padStart(2, '0')}`, updatedAt: null, language: 'en',
					summary: `Summary ${n}`, documentType: 'press release', contacts: [], links: [], warnings: [],
					clippedAt: 1_000_000 + n, tags: n % 3 ? [] : ['transport'], note: n % 7 ? '' : `note ${n}`, contentHash: `hash-${n}`, version: 1,
				};
				clips.push(clip);
				bodies.push({id: n, contentHtml: `<p>${text}</p>`, text});
				if (n % 10 === 0) {
					versions.push({clipId: n, supersededAt: 900_000 + n, changes: ['Title changed.'], clip: {...clip, title: `Old ${n}`, contentHtml: '<p>old</p>', text: 'old'}});
				}
			}
			await v1.table('clips').bulkAdd(clips);
			await v1.table('bodies').bulkAdd(bodies);
			await v1.table('versions').bulkAdd(versions);
		}
	});
	v1.close();
}

/** JSON with keys sorted at every level, so a digest does not depend on property order. */
function canonical(value: unknown): string {
	if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
	if (value && typeof value === 'object') {
		return `{${Object.keys(value).sort().map(key => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
	}
	return JSON.stringify(value) ?? 'undefined';
}

/** Row count and an order-independent SHA-256 of each table: rows are serialised canonically, then sorted. */
export async function digestTables(db: Dexie, tables: readonly string[]): Promise<Record<string, {rows: number; sha256: string}>> {
	const result: Record<string, {rows: number; sha256: string}> = {};
	for (const name of tables) {
		const rows = (await db.table(name).toArray()).map(canonical).sort();
		result[name] = {rows: rows.length, sha256: createHash('sha256').update(rows.join('\n')).digest('hex')};
	}
	return result;
}

/** The version IndexedDB itself holds (Dexie stores version × 10). */
export async function installedVersion(idb: Idb, name = 'govclip'): Promise<number | undefined> {
	const found = (await idb.indexedDB.databases()).find(database => database.name === name);
	return found?.version === undefined ? undefined : found.version / 10;
}
