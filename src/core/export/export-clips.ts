/** The one export entry: clips and a format in, a named file out. Pure: the clock and the sanitiser are arguments. */
import type {Sanitizer} from '../sanitize/sanitizer.ts';
import type {Clip} from '../../shared/types.ts';
import {AppError} from '../../shared/errors.ts';
import {packFileName} from './file-name-for.ts';
import {toBibtex} from './to-bibtex.ts';
import {toCslJson} from './to-csl-json.ts';
import {toCsv} from './to-csv.ts';
import {clipToHtml, packToHtml} from './to-html.ts';
import {toJson} from './to-json.ts';
import {clipToMarkdown, packToMarkdown} from './to-markdown.ts';
import {toRis} from './to-ris.ts';

export type ExportFormat = 'markdown' | 'html' | 'csv' | 'ris' | 'bibtex' | 'csl-json' | 'json';

export type ExportOptions = {
	/** The export time (ms since the epoch): the pack's date and the file name of several clips. */
	now: number;
	/** Needed by markdown and html, which sanitise the article body again; the others never read HTML. */
	sanitizer: Sanitizer;
	/** A briefing pack's title (markdown and html with several clips). */
	title?: string;
};

export type ExportedFile = {fileName: string; mimeType: string; contents: string};

type FormatSpec = {ext: string; mimeType: string; label: string; write(clips: Clip[], options: ExportOptions): string};

const FORMATS: Record<ExportFormat, FormatSpec> = {
	'markdown': {
		ext: 'md', mimeType: 'text/markdown;charset=utf-8', label: 'briefing pack',
		write: (clips, options) => clips.length === 1 ? clipToMarkdown(clips[0]!, options.sanitizer) : packToMarkdown(clips, options),
	},
	'html': {
		ext: 'html', mimeType: 'text/html;charset=utf-8', label: 'briefing pack',
		write: (clips, options) => clips.length === 1 ? clipToHtml(clips[0]!, options) : packToHtml(clips, options),
	},
	'csv': {ext: 'csv', mimeType: 'text/csv;charset=utf-8', label: 'clip list', write: toCsv},
	'ris': {ext: 'ris', mimeType: 'application/x-research-info-systems;charset=utf-8', label: 'citations', write: toRis},
	'bibtex': {ext: 'bib', mimeType: 'application/x-bibtex;charset=utf-8', label: 'citations', write: toBibtex},
	'csl-json': {ext: 'json', mimeType: 'application/vnd.citationstyles.csl+json;charset=utf-8', label: 'citations', write: toCslJson},
	'json': {ext: 'json', mimeType: 'application/json;charset=utf-8', label: 'extractions', write: toJson},
};

export const EXPORT_FORMATS = Object.keys(FORMATS) as ExportFormat[];

export function exportClips(clips: Clip[], format: ExportFormat, options: ExportOptions): ExportedFile {
	const spec = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
	if (!spec) {
		throw new AppError('BAD_INPUT', `Unknown export format: ${String(format)}`);
	}
	if (clips.length === 0) {
		throw new AppError('BAD_INPUT', 'There are no clips to export.');
	}
	return {
		fileName: packFileName(clips, spec.ext, {now: options.now, label: spec.label}),
		mimeType: spec.mimeType,
		contents: spec.write(clips, options),
	};
}
