/**
 * Keeps the search index tidy in the background: new clips are findable at once (queries read the pending
 * entries), and are merged into the postings in bounded batches shortly after, while the worker is awake.
 * An index found missing or inconsistent at start-up is rebuilt from the clips.
 */
import {checkIndex, mergePending, rebuildIndex} from '../storage/search-index.ts';
import type {ClipDb} from '../storage/db.ts';

const MERGE_DELAY_MS = 1500;
const BATCH = 200;

let timer: ReturnType<typeof setTimeout> | undefined;
let running: Promise<void> | undefined;

/** Debounced: a burst of clips is merged once. Safe to call from any handler. */
export function scheduleMerge(db: ClipDb): void {
	clearTimeout(timer);
	timer = setTimeout(() => void mergeAll(db), MERGE_DELAY_MS);
}

async function mergeAll(db: ClipDb): Promise<void> {
	if (running) {
		return running;
	}
	running = (async () => {
		try {
			// Small batches: merges are idempotent, so a worker stopped mid-way loses nothing and the next run resumes.
			for (let remaining = Infinity; remaining > 0;) {
				({remaining} = await mergePending(db, {maxEntries: BATCH}));
			}
		} catch (error) {
			console.warn('GovClip: merging the search index failed; searches still read the pending entries', error);
		} finally {
			running = undefined;
		}
	})();
	return running;
}

/** On install, update and browser start: repair what a crash or a schema change left behind. */
export async function checkAndRepairIndex(db: ClipDb): Promise<void> {
	try {
		const check = await checkIndex(db);
		if (!check.ok) {
			console.info('GovClip: rebuilding the search index', check);
			await rebuildIndex(db);
		} else if (check.pending > 0) {
			await mergeAll(db);
		}
	} catch (error) {
		console.warn('GovClip: checking the search index failed', error);
	}
}
