/** Reads the page the CLI was given (a file or standard input) and refuses what is not an HTML page. */
import {readFileSync} from 'node:fs';
import {AppError} from '../shared/errors.ts';

const MAX_BYTES = 50 * 1024 * 1024;

// Signatures of the files people most often pass by mistake.
const BINARY_SIGNATURES: [string, number[]][] = [
	['a PDF', [0x25, 0x50, 0x44, 0x46]],
	['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
	['a JPEG image', [0xff, 0xd8, 0xff]],
	['a GIF image', [0x47, 0x49, 0x46, 0x38]],
	['a ZIP archive (or a Word/Excel file)', [0x50, 0x4b, 0x03, 0x04]],
	['a gzip file', [0x1f, 0x8b]],
];

export function readInput(source: string, readStdin: () => Buffer): Buffer {
	if (source === '-') {
		return readStdin();
	}
	try {
		return readFileSync(source);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : code === 'EACCES' ? 'permission denied' : 'it cannot be read';
		throw new AppError('BAD_INPUT', `Cannot read ${source}: ${why}.`);
	}
}

/** The bytes as HTML text, or an AppError saying plainly why they are not a page. */
export function decodeHtml(bytes: Buffer, name: string): string {
	if (bytes.length === 0 || bytes.toString('utf8').trim() === '') {
		throw new AppError('BAD_INPUT', `${name} is empty.`);
	}
	if (bytes.length > MAX_BYTES) {
		throw new AppError('TOO_LARGE', `${name} is larger than 50 MB: too large to clip safely.`);
	}
	for (const [kind, signature] of BINARY_SIGNATURES) {
		if (signature.every((byte, i) => bytes[i] === byte)) {
			throw new AppError('NOT_HTML', `${name} is ${kind}, not an HTML page.`);
		}
	}
	const head = bytes.subarray(0, 8192);
	if (head.includes(0)) {
		throw new AppError('NOT_HTML', `${name} is a binary file, not an HTML page.`);
	}
	const text = new TextDecoder(charsetOf(head)).decode(bytes);
	if (!/<(?:!doctype\s+html|html|head|body|article|main|div|p|h1|title)\b/i.test(text.slice(0, 200_000))) {
		throw new AppError('NOT_HTML', `${name} does not look like an HTML page.`);
	}
	return text;
}

/** The charset a page declares in its first bytes (`<meta charset>` or http-equiv), else UTF-8. */
function charsetOf(head: Buffer): string {
	const declared = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head.toString('latin1'))?.[1]?.toLowerCase();
	if (!declared) {
		return 'utf-8';
	}
	try {
		return new TextDecoder(declared).encoding;
	} catch {
		return 'utf-8';
	}
}
