/** The clips of a backup that `govclip export` was asked for: by number, tag and department. */
import type {BackupClip} from '../core/backup/backup-format.ts';
import {shortDepartment} from '../core/export/short-department.ts';
import {AppError} from '../shared/errors.ts';
import type {Clip} from '../shared/types.ts';

export type Selection = {
	/** Numbers as `govclip list` prints them: 1 for the first clip in the backup (the oldest clipped). */
	ids: number[];
	tags: string[];
	/** Part of the department's name, or its short form ("Defra", "FCO"); any case. */
	dept: string | undefined;
};

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().trim();

/** The backup's clips as Clips, numbered from 1 in the backup's order (the number is the clip's id in exports). */
export function numberedClips(clips: readonly BackupClip[]): Clip[] {
	return clips.map(({versions, ...clip}, index) => ({...clip, id: index + 1}));
}

/**
 * Each option narrows the selection; a repeated --id or --tag means any of them. The clips keep the backup's order.
 * Throws when a number is not in the backup or nothing is left, saying what the backup holds.
 */
export function selectClips(clips: readonly Clip[], {ids, tags, dept}: Selection, name: string): Clip[] {
	const missing = ids.filter(id => !clips.some(clip => clip.id === id));
	if (missing.length > 0) {
		throw new AppError('NOT_FOUND', `${name} holds ${clips.length} ${clips.length === 1 ? 'clip' : 'clips'}: there is no clip ${missing.join(', ')} (\`govclip list ${name}\` numbers them). Nothing was written.`);
	}
	const wantedTags = new Set(tags.map(fold));
	const department = dept === undefined ? undefined : fold(dept);
	const selected = clips.filter(clip => (ids.length === 0 || ids.includes(clip.id))
		&& (wantedTags.size === 0 || clip.tags.some(tag => wantedTags.has(fold(tag))))
		&& (department === undefined || fold(clip.publisher ?? '').includes(department) || fold(shortDepartment(clip.publisher, clip.text)) === department));
	if (selected.length === 0) {
		const asked = [...ids.map(id => `--id ${id}`), ...tags.map(tag => `--tag "${tag}"`), ...(dept === undefined ? [] : [`--dept "${dept}"`])];
		throw new AppError('NOT_FOUND', clips.length === 0
			? `${name} holds no clips. Nothing was written.`
			: `No clip in ${name} matches ${asked.join(' ')}. Nothing was written.`);
	}
	return selected;
}
