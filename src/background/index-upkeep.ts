/**
 * Keeps the search index tidy in the background: new clips are findable at once (queries read the pending
 * entries), and are merged into the postings in bounded batches shortly after, while the worker is awake.
 * An index found missing or inconsistent at start-up is rebuilt from the clips.
 */
import {checkIndex, mergePending, rebuildIndex} from '../storage/search-index.ts';
import type {ClipDb} from '../storage/db.ts';

const MERGE_DELAY_MS = 1500;
/** A few saves: small batches, so a save never waits long behind a merge. */
const BATCH = 200;
/** After an import or an upgrade: big batches, since a merge costs about the same per batch whatever its size (buckets). */
const BIG_BATCH = 2500;
const BIG_BACKLOG = 1000;

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
			for (let remaining = await db.pending.count(); remaining > 0;) {
				({remaining} = await mergePending(db, {maxEntries: remaining >= BIG_BACKLOG ? BIG_BATCH : BATCH}));
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
