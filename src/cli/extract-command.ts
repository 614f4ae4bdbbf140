/** `govclip extract`: one saved page in, its Extraction out (JSON, Markdown or text). */
import {pathToFileURL} from 'node:url';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {parseHTML} from 'linkedom';
import {extractClip} from '../core/extract/extract-clip.ts';
import {AppError, ERROR_MESSAGES} from '../shared/errors.ts';
import {FORMATS, formatExtraction, type Format} from './format-extraction.ts';
import {createNodeSanitizer} from './node-sanitizer.ts';
import {decodeHtml, readInput} from './read-input.ts';
import type {CliIo} from './cli-io.ts';
import {parseOrExplain, UsageError} from './usage-error.ts';

export function runExtract(argv: string[], io: CliIo): number {
	const {values, positionals} = parseOrExplain(() => parseArgs({
		args: argv,
		allowPositionals: true,
		options: {url: {type: 'string'}, format: {type: 'string', default: 'json'}, now: {type: 'string'}},
	}));
	const [source, ...extra] = positionals;
	if (!source || extra.length > 0) {
		throw new UsageError('extract takes exactly one file (or - for standard input).');
	}
	const format = values.format as Format;
	if (!FORMATS.includes(format)) {
		throw new UsageError(`--format must be one of ${FORMATS.join(', ')}.`);
	}
	const url = values.url ?? (source === '-' ? 'about:blank' : pathToFileURL(resolve(source)).href);
	if (values.url && !URL.canParse(values.url)) {
		throw new UsageError(`--url "${values.url}" is not an absolute address.`);
	}
	const now = values.now ? Date.parse(values.now) : io.now();
	if (Number.isNaN(now)) {
		throw new UsageError(`--now "${values.now}" is not a date.`);
	}
	const name = source === '-' ? 'standard input' : source;
	const html = decodeHtml(readInput(source, io.readStdin), name);
	const {document} = parseHTML(html);
	const extraction = extractClip(document as unknown as Document, {url, now, sanitizer: createNodeSanitizer()});
	if (!extraction.isArticle) {
		throw new AppError('NO_ARTICLE', `${name}: ${extraction.reason ?? ERROR_MESSAGES.NO_ARTICLE}`);
	}
	io.stdout(formatExtraction(extraction, format));
	return 0;
}
