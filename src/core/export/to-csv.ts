/** A spreadsheet of clips: one row each, RFC 4180 quoting, a BOM so Excel reads UTF-8, no formulas from page text. */
import type {Clip} from '../../shared/types.ts';
import {clipSource} from './clip-source.ts';
import {isoTimestamp} from './format-day.ts';
import {wellFormed} from './well-formed.ts';

export const CSV_COLUMNS = ['Title', 'Department', 'Document type', 'Published', 'Updated', 'URL', 'Clipped', 'Tags', 'Contacts', 'Links'] as const;

// OWASP "CSV Injection": a cell that starts with one of these is read as a formula by Excel, LibreOffice and
// Google Sheets. Leading spaces are skipped by some of them, so they do not hide the character either.
const FORMULA_START = /^[\s\u00A0]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

/**
 * One text cell: tabs and line breaks kept (quoted, as RFC 4180 allows), other controls shown as U+FFFD, neutralised
 * against formulas, then quoted (every text cell is; quotes doubled).
 */
export function csvCell(value: string | null | undefined): string {
	let text = wellFormed(value ?? '').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '\uFFFD');
	if (FORMULA_START.test(text)) {
		text = `'${text}`;
	}
	return `"${text.replace(/"/g, '""')}"`;
}

function row(clip: Clip): string {
	return [
		csvCell(clip.title),
		csvCell(clip.publisher),
		csvCell(clip.documentType),
		csvCell(clip.publishedAt),
		csvCell(clip.updatedAt),
		csvCell(clipSource(clip) ?? clip.canonicalUrl),
		csvCell(isoTimestamp(clip.clippedAt)),
		csvCell(clip.tags.join('; ')),
		String(clip.contacts.length),
		String(clip.links.length),
	].join(',');
}

/** CRLF line ends and a header row, as RFC 4180 describes; a UTF-8 byte order mark first for spreadsheets. */
export function toCsv(clips: readonly Clip[]): string {
	return `\uFEFF${[CSV_COLUMNS.map(csvCell).join(','), ...clips.map(row)].join('\r\n')}\r\n`;
}
