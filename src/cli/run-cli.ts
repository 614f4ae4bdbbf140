/** The `govclip` command line: picks the command, runs it, and turns every failure into one line on stderr. */
import {explain} from '../shared/errors.ts';
import {EXPORT_FORMATS} from '../core/export/export-clips.ts';
import type {CliIo} from './cli-io.ts';
import {runExport, runList} from './export-command.ts';
import {runExtract} from './extract-command.ts';
import {UsageError} from './usage-error.ts';

export type {CliIo} from './cli-io.ts';

export const USAGE = `Usage:
  govclip extract <file.html|-> [--url <page-url>] [--format json|markdown|text] [--now <ISO date>]
  govclip export <backup.json|-> --format <format> [--id <n>]… [--tag <tag>]… [--dept <department>]
                 [--title <pack title>] [--out <file|folder/>] [--each] [--force] [--now <ISO date>]
  govclip list <backup.json|->

extract   reads a saved government news page and prints its clip: title, department, dates, body, contacts, links.
  <file.html|->   the saved page, or - for standard input
  --url           the address the page was saved from (resolves links; defaults to the file's own address)
  --format        json (default), markdown or text
  --now           the clock for relative dates such as "yesterday" (default: now)

export    reads a library backup (the library page's "Back up library" file) and writes its clips in one format.
  --format        ${EXPORT_FORMATS.join(', ')}
  --id            only clip number <n> as \`govclip list\` numbers them (repeat, or 1,3,5, for several)
  --tag           only clips with this tag (repeat for any of several)
  --dept          only clips from a department: part of its name, or its short form (Defra, FCO)
  --title         the briefing pack's title (markdown and html of several clips)
  --out           a file; or a folder (existing, or ending in /), where the file gets a name that says what it holds
  --each          one file per clip in the --out folder, each named "<date> <department> - <title>.<ext>"
  --force         replace files that already exist (otherwise nothing is written)
  Without --out the export goes to standard output.

list      prints the clips of a backup, numbered for --id: number, date, title, department, tags.

Exit status: 0 success, 1 the input could not be read or nothing was selected, 2 wrong usage.`;

const COMMANDS: Record<string, (argv: string[], io: CliIo) => number> = {extract: runExtract, export: runExport, list: runList};

export function runCli(argv: string[], io: CliIo): number {
	try {
		const [command, ...rest] = argv;
		if (command === undefined || command === '--help' || command === '-h' || command === 'help' || rest.includes('--help') || rest.includes('-h')) {
			io.stdout(`${USAGE}\n`);
			return command === undefined ? 2 : 0;
		}
		if (!Object.hasOwn(COMMANDS, command)) {
			throw new UsageError(`unknown command "${command}".`);
		}
		return COMMANDS[command]!(rest, io);
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
