/** Reads a PDF's text and page count with poppler (pdftotext, pdfinfo), as a person would read the file. */
import {execFileSync} from 'node:child_process';

/** The PDF's text, ligatures unfolded (NFKC) and whitespace collapsed, for `includes` checks. */
export function pdfText(file) {
	return execFileSync('pdftotext', ['-layout', file, '-'], {encoding: 'utf8'}).normalize('NFKC').replace(/\s+/g, ' ');
}

export function pdfPages(file) {
	const info = execFileSync('pdfinfo', [file], {encoding: 'utf8'});
	return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

/** Renders the first pages as PNGs beside the PDF so a person can look at them. */
export function pdfToPngs(file, prefix, {pages = 3} = {}) {
	execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(pages), file, prefix]);
}
