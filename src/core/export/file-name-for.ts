/** File names that every OS accepts and that say what the file holds: "2019-06-20 FCO - SIN SG facilitates new UK-SG MoU.md". */
import type {Clip} from '../../shared/types.ts';
import {isoDay} from './format-day.ts';
import {shortDepartment} from './short-department.ts';
import {wellFormed} from './well-formed.ts';

/** Windows, macOS and Linux all take this; ext4 and APFS count bytes, so a UTF-8 limit keeps long CJK titles valid. */
export const MAX_FILE_NAME_LENGTH = 200;
export const MAX_FILE_NAME_BYTES = 240;

// Forbidden on Windows, or a path separator somewhere, plus every control and format character: bidirectional
// overrides in a file name are a known way to disguise "exe" as "pdf". Firefox turns "%" into "_" when it saves (a
// name like "%TEMP%" would expand on Windows), so it goes too: the name on disk is the name given.
const FORBIDDEN = /[~:/\\*?"<>|%\p{Cc}\p{Cf}\p{Zl}\p{Zp}\uFFFD\uFFFE\uFFFF]/gu;
const RESERVED = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])(?:\..*)?$/i;

const bytes = (text: string) => new TextEncoder().encode(text).length;

/** Text made safe inside a file name; '' when nothing is left. */
export function fileNamePart(text: string | null | undefined): string {
	return wellFormed(text ?? '').normalize('NFC').replace(/\uFFFD/g, '').replace(FORBIDDEN, ' ').replace(/\s+/g, ' ').trim();
}

/** Cuts whole characters (grapheme clusters, so no accent or emoji is split) until both limits hold. */
function fit(text: string, maxLength: number, maxBytes: number): string {
	if (text.length <= maxLength && bytes(text) <= maxBytes) {
		return text;
	}
	let kept = '';
	for (const {segment} of new Intl.Segmenter('en', {granularity: 'grapheme'}).segment(text)) {
		if (kept.length + segment.length + 1 > maxLength || bytes(kept + segment) + 3 > maxBytes) {
			break;
		}
		kept += segment;
	}
	return `${kept.replace(/[\s.,;-]+$/, '')}…`;
}

/** Joins a prefix and a (cut to fit) subject, then applies the rules no part may break. */
function assemble(prefix: string, subject: string, ext: string): string {
	if (!/^[a-z0-9]{1,10}$/i.test(ext)) {
		throw new TypeError(`Not a file extension: ${ext}`);
	}
	const suffix = `.${ext.toLowerCase()}`;
	const room = (limit: number, measure: (text: string) => number) => limit - measure(prefix) - measure(suffix);
	const cleanSubject = subject.replace(/^[\s.]+|[\s.]+$/g, '');
	let stem = (prefix + fit(cleanSubject || 'Untitled', room(MAX_FILE_NAME_LENGTH, text => text.length), room(MAX_FILE_NAME_BYTES, bytes)))
		.replace(/^[\s.]+|[\s.]+$/g, ''); // no hidden dot-file, and Windows drops a trailing dot or space
	if (stem === '') {
		stem = 'Untitled';
	}
	if (RESERVED.test(stem)) {
		stem = `_${stem}`; // "CON.md" opens the console device on Windows
	}
	return stem + suffix;
}

/** `YYYY-MM-DD <short department> - <title>.<ext>`: the published day, else the day it was clipped (UTC). */
export function fileNameFor(clip: Pick<Clip, 'title' | 'publisher' | 'publishedAt' | 'clippedAt' | 'text'>, ext: string): string {
	const day = isoDay(clip.publishedAt).length === 10 ? isoDay(clip.publishedAt) : isoDay(clip.clippedAt);
	const department = fileNamePart(shortDepartment(clip.publisher, clip.text));
	const prefix = [day, department && `${department} -`].filter(Boolean).join(' ');
	return assemble(prefix ? `${prefix} ` : '', fileNamePart(clip.title), ext);
}

/** One clip: its own name. Several: "2026-01-15 GovClip briefing pack - 12 clips.html", with the department if they share one. */
export function packFileName(clips: readonly Clip[], ext: string, {now, label = 'briefing pack'}: {now: number; label?: string}): string {
	if (clips.length === 1) {
		return fileNameFor(clips[0]!, ext);
	}
	const departments = new Set(clips.map(clip => shortDepartment(clip.publisher, clip.text)));
	const department = departments.size === 1 ? fileNamePart([...departments][0]) : '';
	const day = isoDay(now);
	return assemble(`${day ? `${day} ` : ''}`, `${department || 'GovClip'} ${fileNamePart(label)} - ${clips.length} clips`, ext);
}
