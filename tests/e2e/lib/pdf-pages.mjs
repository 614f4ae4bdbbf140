/** Page by page readings of a PDF with poppler: its paper size (pdfinfo) and each page's text (pdftotext). */
import {execFileSync} from 'node:child_process';

const PAPERS = {A4: [595.28, 841.89], Letter: [612, 792]};

/** "A4" or "Letter" when the first page matches one within 2 pt (browsers round to whole pixels), else its size in points. */
export function pdfPaper(file) {
	const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'});
	const [, width, height] = /Page size:\s+([\d.]+) x ([\d.]+) pts/.exec(info) ?? [];
	const size = [Number(width), Number(height)];
	const name = Object.entries(PAPERS).find(([, [w, h]]) => Math.abs(w - size[0]) < 2 && Math.abs(h - size[1]) < 2)?.[0];
	return name ?? `${size[0]} x ${size[1]} pt`;
}

/** The text of each page, whitespace collapsed as pdfText does. */
export function pdfPageTexts(file, pageCount) {
	return Array.from({length: pageCount}, (_, index) => execFileSync('pdftotext', ['-layout', '-f', String(index + 1), '-l', String(index + 1), file, '-'], {encoding: 'utf8'})
		.normalize('NFKC').replace(/\s+/g, ' ').trim());
}
