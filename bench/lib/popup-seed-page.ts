/**
 * The popup benchmark's seeding page, bundled by bench/popup.ts into a copy of the built extension so that it
 * runs on the extension's own origin: it fills the same IndexedDB the popup reads, with the project's own
 * import (storage/backup.ts) and index merge, as a library restored from a backup would be.
 */
import {importLibrary} from '../../src/storage/backup.ts';
import type {BackupClip} from '../../src/core/backup/backup-format.ts';
import {db} from '../../src/storage/default-db.ts';
import {checkIndex, mergePending} from '../../src/storage/search-index.ts';
import type {Clip} from '../../src/shared/types.ts';
import {syntheticClips} from './synthetic-clips.ts';

const CHUNK = 5000;
const NOW = Date.UTC(2025, 6, 1);

const toBackupClip = ({id, ...clip}: Clip): BackupClip => ({...clip, versions: []});

const seeder = {
	/** Grows the library to `size` clips (the same seeded clips each run) and merges the index; returns seconds taken. */
	async growTo(size: number): Promise<{clips: number; seconds: number}> {
		const started = performance.now();
		const have = await db.clips.count();
		const all = syntheticClips(size, {seed: 42});
		for (let at = have; at < size; at += CHUNK) {
			const clips = all.slice(at, Math.min(size, at + CHUNK)).map(toBackupClip);
			await importLibrary(db, {format: 'govclip-library', version: 1, exportedAt: new Date(NOW).toISOString(), clips}, {now: NOW});
			console.log(`imported ${Math.min(size, at + CHUNK)}/${size}`);
		}
		for (let result = {remaining: 1}; result.remaining > 0;) {
			result = await mergePending(db, {maxEntries: 5000});
			console.log(`merged, ${result.remaining} pending`);
		}
		const check = await checkIndex(db);
		if (!check.ok) throw new Error(`index check failed: ${JSON.stringify(check)}`);
		return {clips: await db.clips.count(), seconds: (performance.now() - started) / 1000};
	},
};

(globalThis as unknown as {seeder: typeof seeder}).seeder = seeder;
