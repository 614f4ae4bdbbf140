/** The `govclip` command line: parses arguments, runs one command, and turns every failure into one line on stderr. */
import {pathToFileURL} from 'node:url';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {parseHTML} from 'linkedom';
import {extractClip} from '../core/extract/extract-clip.ts';
import {AppError, ERROR_MESSAGES, explain} from '../shared/errors.ts';
import {FORMATS, formatExtraction, type Format} from './format-extraction.ts';
import {createNodeSanitizer} from './node-sanitizer.ts';
import {decodeHtml, readInput} from './read-input.ts';

export const USAGE = `Usage: govclip extract <file.html|-> [--url <page-url>] [--format json|markdown|text] [--now <ISO date>]

Reads a saved government news page and prints its clip: title, department, dates, body, contacts, links.
  <file.html|->   the saved page, or - for standard input
  --url           the address the page was saved from (resolves links; defaults to the file's own address)
  --format        json (default), markdown or text
  --now           the clock for relative dates such as "yesterday" (default: now)

Exit status: 0 success, 1 the page could not be clipped, 2 wrong usage.`;

export type CliIo = {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	readStdin: () => Buffer;
	now: () => number;
};

class UsageError extends Error {}

export function runCli(argv: string[], io: CliIo): number {
	try {
		return run(argv, io);
	} catch (error) {
		if (error instanceof UsageError) {
			io.stderr(`govclip: ${error.message}\n${USAGE}\n`);
			return 2;
		}
		// One line, never a stack trace: the person at the terminal needs the reason, not our internals.
		io.stderr(`govclip: ${explain(error).replace(/\s+/g, ' ')}\n`);
		return 1;
	}
}

function run(argv: string[], io: CliIo): number {
	let parsed;
	try {
		parsed = parseArgs({
			args: argv,
			allowPositionals: true,
			options: {url: {type: 'string'}, format: {type: 'string', default: 'json'}, now: {type: 'string'}, help: {type: 'boolean', short: 'h'}},
		});
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
	const {values, positionals} = parsed;
	if (values.help || positionals.length === 0) {
		io.stdout(`${USAGE}\n`);
		return values.help ? 0 : 2;
	}
	const [command, source, ...extra] = positionals;
	if (command !== 'extract') {
		throw new UsageError(`unknown command "${command}".`);
	}
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
