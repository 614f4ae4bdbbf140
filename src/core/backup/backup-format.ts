/**
 * The library backup file (docs/BACKUP-FORMAT.md): its types, and the check every imported file passes
 * before anything is written. Pure, so the library (storage/backup.ts) and the CLI's export read it alike.
 * A backup is untrusted input: it may be from an older GovClip, from another
 * program, or edited by hand, so each field is checked and the first problem is named in words.
 */
import {AppError} from '../../shared/errors.ts';
import type {Clip, ClipLink, Contact} from '../../shared/types.ts';

export const BACKUP_FORMAT = 'govclip-library';
export const BACKUP_VERSION = 1;

/** A clip as a backup holds it: without the local id, which another library would assign differently. */
export type BackupClip = Omit<Clip, 'id'> & {versions: BackupVersion[]};
export type BackupVersion = {supersededAt: number; changes: string[]; clip: Omit<Clip, 'id'>};

export type LibraryBackup = {
	format: typeof BACKUP_FORMAT;
	version: typeof BACKUP_VERSION;
	/** ISO 8601. */
	exportedAt: string;
	/** Oldest clipped first. */
	clips: BackupClip[];
};

const LINK_KINDS = new Set(['related', 'attachment', 'source', 'inline']);

type Check = (value: unknown) => boolean;
const isString: Check = value => typeof value === 'string';
const isStringOrNull: Check = value => value === null || typeof value === 'string';
const isNumber: Check = value => typeof value === 'number' && Number.isFinite(value);
const isStrings: Check = value => Array.isArray(value) && value.every(isString);
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function refuse(where: string, problem: string): never {
	throw new AppError('BAD_INPUT', `This file is not a GovClip library backup that GovClip can read: ${where} ${problem}.`);
}

function checkFields(value: Record<string, unknown>, where: string, fields: Record<string, Check>, optional: Record<string, Check> = {}): void {
	for (const [name, check] of Object.entries(fields)) {
		if (!check(value[name])) refuse(where, `has a missing or malformed "${name}"`);
	}
	for (const [name, check] of Object.entries(optional)) {
		if (value[name] !== undefined && !check(value[name])) refuse(where, `has a malformed "${name}"`);
	}
}

const isContact: Check = value => isRecord(value) && isStringOrNull(value.name) && isStringOrNull(value.role)
	&& isStringOrNull(value.organisation) && isStrings(value.emails) && isStrings(value.phones) && isString(value.raw);
const isLink: Check = value => isRecord(value) && isString(value.label) && isString(value.href) && LINK_KINDS.has(value.kind as string)
	&& (value.details === undefined || isString(value.details));

const CLIP_FIELDS: Record<string, Check> = {
	isArticle: value => typeof value === 'boolean',
	url: isString, canonicalUrl: value => isString(value) && value !== '', title: isString,
	publisher: isStringOrNull, byline: isStringOrNull, publishedAt: isStringOrNull, updatedAt: isStringOrNull,
	language: isStringOrNull, summary: isStringOrNull, documentType: isStringOrNull,
	contentHtml: isString, text: isString,
	contacts: value => Array.isArray(value) && value.every(isContact),
	links: value => Array.isArray(value) && value.every(isLink),
	warnings: isStrings, clippedAt: isNumber, tags: isStrings, note: isString, contentHash: isString,
	version: value => Number.isInteger(value) && (value as number) >= 1,
};

/** Only the fields a Clip has, in a fixed order: unknown fields in a file are dropped, not stored. */
function clipOf(value: Record<string, unknown>): Omit<Clip, 'id'> {
	const clip = Object.fromEntries(Object.keys(CLIP_FIELDS).map(name => [name, value[name]])) as Omit<Clip, 'id'>;
	clip.contacts = clip.contacts.map(({name, role, organisation, emails, phones, raw}): Contact => ({name, role, organisation, emails, phones, raw}));
	clip.links = clip.links.map(({label, href, kind, details}): ClipLink => (details === undefined ? {label, href, kind} : {label, href, kind, details}));
	if (typeof value.reason === 'string') clip.reason = value.reason;
	return clip;
}

/**
 * The backup in `data`, checked whole; throws AppError('BAD_INPUT') naming the first problem, then `outcome`
 * (what the caller did not do because of it: the library imports nothing, the CLI writes nothing).
 */
export function parseBackup(data: unknown, {outcome = 'Nothing was imported.'}: {outcome?: string} = {}): LibraryBackup {
	try {
		return checkBackup(data);
	} catch (error) {
		throw error instanceof AppError ? new AppError(error.code, `${error.message} ${outcome}`) : error;
	}
}

function checkBackup(data: unknown): LibraryBackup {
	if (!isRecord(data) || data.format !== BACKUP_FORMAT) {
		refuse('it', `does not say "format": "${BACKUP_FORMAT}"`);
	}
	if (data.version !== BACKUP_VERSION) {
		refuse('it', `is version ${JSON.stringify(data.version)}; this GovClip reads version ${BACKUP_VERSION}`);
	}
	if (!isString(data.exportedAt) || !Array.isArray(data.clips)) {
		refuse('it', 'lacks "exportedAt" or the "clips" list');
	}
	const seen = new Set<string>();
	const clips = data.clips.map((value: unknown, i: number): BackupClip => {
		const where = `clip ${i + 1}`;
		if (!isRecord(value)) refuse(where, 'is not an object');
		checkFields(value, where, CLIP_FIELDS, {reason: isString});
		const url = value.canonicalUrl as string;
		if (seen.has(url)) refuse(where, `repeats the address ${url}`);
		seen.add(url);
		if (!Array.isArray(value.versions)) refuse(where, 'has no "versions" list');
		const versions = value.versions.map((version: unknown, v: number): BackupVersion => {
			const at = `${where}, version ${v + 1},`;
			if (!isRecord(version) || !isRecord(version.clip)) refuse(at, 'is not an object with a "clip"');
			checkFields(version, at, {supersededAt: isNumber, changes: isStrings});
			checkFields(version.clip, at, CLIP_FIELDS, {reason: isString});
			return {supersededAt: version.supersededAt as number, changes: version.changes as string[], clip: clipOf(version.clip)};
		});
		return {...clipOf(value), versions};
	});
	return {format: BACKUP_FORMAT, version: BACKUP_VERSION, exportedAt: data.exportedAt as string, clips};
}
