/** What follows every committed write to the library: its search entries merged soon, open pages told to refresh. */
import type {ClipDb} from '../storage/db.ts';
import {announceLibraryChange} from '../platform/library-changes.ts';
import {scheduleMerge} from './index-upkeep.ts';

export function afterLibraryWrite(db: ClipDb, {changed = true}: {changed?: boolean} = {}): void {
	if (!changed) {
		return; // an unchanged re-clip, a tag every clip had: open pages have nothing new to read
	}
	scheduleMerge(db);
	announceLibraryChange();
}
