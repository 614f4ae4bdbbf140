/** A library backup file read for the CLI: refused in words, before anything is written, when it is not one. */
import {parseBackup, type LibraryBackup} from '../core/backup/backup-format.ts';
import {AppError} from '../shared/errors.ts';

const NOTHING_WRITTEN = 'Nothing was written.';

// The files people most often pass by mistake, by their first bytes.
const BINARY_SIGNATURES: [string, number[]][] = [
	['a PDF', [0x25, 0x50, 0x44, 0x46]],
	['a ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
	['a gzip file', [0x1f, 0x8b]],
	['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
];

function refuse(name: string, why: string): never {
	throw new AppError('BAD_INPUT', `${name} is not a GovClip library backup: ${why}. ${NOTHING_WRITTEN}`);
}

export function readBackup(bytes: Buffer, name: string): LibraryBackup {
	if (bytes.toString('utf8').trim() === '') {
		refuse(name, 'it is empty');
	}
	for (const [kind, signature] of BINARY_SIGNATURES) {
		if (signature.every((byte, i) => bytes[i] === byte)) {
			refuse(name, `it is ${kind}`);
		}
	}
	let text: string;
	try {
		text = new TextDecoder('utf-8', {fatal: true}).decode(bytes);
	} catch {
		refuse(name, 'it is not UTF-8 text');
	}
	let data: unknown;
	try {
		data = JSON.parse(text.replace(/^\uFEFF/, ''));
	} catch (error) {
		refuse(name, `it is not JSON (${error instanceof Error ? error.message : String(error)})`);
	}
	if (Array.isArray(data)) {
		// GovClip's own JSON export and CSL-JSON are lists; a backup is one object.
		refuse(name, 'it is a list (a JSON or CSL-JSON export?), and a backup is one object from the library\'s "Back up library"');
	}
	try {
		return parseBackup(data, {outcome: NOTHING_WRITTEN});
	} catch (error) {
		throw error instanceof AppError ? new AppError(error.code, `${name}: ${error.message}`) : error;
	}
}
