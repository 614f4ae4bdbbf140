/** `govclip export` and `govclip list`: a library backup in; the chosen clips in any export format, or a numbered list. */
import {existsSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {dirname, extname, join, sep} from 'node:path';
import {parseArgs} from 'node:util';
import {EXPORT_FORMATS, exportClips, type ExportFormat, type ExportedFile} from '../core/export/export-clips.ts';
import {isoDay} from '../core/export/format-day.ts';
import {shortDepartment} from '../core/export/short-department.ts';
import {oneLine} from '../core/export/well-formed.ts';
import {AppError} from '../shared/errors.ts';
import type {Clip} from '../shared/types.ts';
import type {CliIo} from './cli-io.ts';
import {createNodeSanitizer} from './node-sanitizer.ts';
import {readBackup} from './read-backup.ts';
import {readInput} from './read-input.ts';
import {numberedClips, selectClips} from './select-clips.ts';
import {parseOrExplain, UsageError} from './usage-error.ts';

function loadClips(source: string | undefined, extra: string[], command: string, io: CliIo): {clips: Clip[]; name: string} {
	if (!source || extra.length > 0) {
		throw new UsageError(`${command} takes exactly one backup file (or - for standard input).`);
	}
	const name = source === '-' ? 'standard input' : source;
	return {clips: numberedClips(readBackup(readInput(source, io.readStdin), name).clips), name};
}

export function runList(argv: string[], io: CliIo): number {
	const {positionals: [source, ...extra]} = parseOrExplain(() => parseArgs({args: argv, allowPositionals: true, options: {}}));
	const {clips} = loadClips(source, extra, 'list', io);
	const width = String(clips.length).length;
	for (const clip of clips) {
		const day = isoDay(clip.publishedAt) || isoDay(clip.clippedAt);
		const department = oneLine(shortDepartment(clip.publisher, clip.text));
		const tags = clip.tags.length > 0 ? `  [${clip.tags.map(oneLine).join(', ')}]` : '';
		io.stdout(`${String(clip.id).padStart(width)}  ${day.padEnd(10)}  ${oneLine(clip.title) || 'Untitled'}${department ? ` — ${department}` : ''}${tags}\n`);
	}
	return 0;
}

/** "name.md" twice in one folder becomes "name.md" and "name (2).md"; compared without case, as Windows and macOS do. */
function uniqueNames(files: ExportedFile[]): ExportedFile[] {
	const used = new Set<string>();
	return files.map(file => {
		const ext = extname(file.fileName);
		const stem = file.fileName.slice(0, file.fileName.length - ext.length);
		let fileName = file.fileName;
		for (let count = 2; used.has(fileName.toLowerCase()); count++) {
			fileName = `${stem} (${count})${ext}`;
		}
		used.add(fileName.toLowerCase());
		return {...file, fileName};
	});
}

const isFolder = (path: string) => path.endsWith('/') || path.endsWith(sep) || (existsSync(path) && statSync(path).isDirectory());

export function runExport(argv: string[], io: CliIo): number {
	const {values, positionals: [source, ...extra]} = parseOrExplain(() => parseArgs({
		args: argv,
		allowPositionals: true,
		options: {
			format: {type: 'string', short: 'f'},
			out: {type: 'string', short: 'o'},
			each: {type: 'boolean', default: false},
			force: {type: 'boolean', default: false},
			id: {type: 'string', multiple: true, default: []},
			tag: {type: 'string', multiple: true, default: []},
			dept: {type: 'string'},
			title: {type: 'string'},
			now: {type: 'string'},
		},
	}));
	const format = values.format as ExportFormat;
	if (!EXPORT_FORMATS.includes(format)) {
		throw new UsageError(`export needs --format, one of ${EXPORT_FORMATS.join(', ')}.`);
	}
	const ids = values.id.flatMap(value => value.split(',')).map(value => value.trim());
	const badId = ids.find(id => !/^[1-9]\d*$/.test(id));
	if (badId !== undefined) {
		throw new UsageError(`--id takes clip numbers as \`govclip list\` prints them, not "${badId}".`);
	}
	const now = values.now ? Date.parse(values.now) : io.now();
	if (Number.isNaN(now)) {
		throw new UsageError(`--now "${values.now}" is not a date.`);
	}
	const toFolder = values.out !== undefined && isFolder(values.out);
	if (values.each && !toFolder) {
		throw new UsageError('--each writes one file per clip: name a folder with --out (end it with / to create it).');
	}
	const {clips: all, name} = loadClips(source, extra, 'export', io);
	const clips = selectClips(all, {ids: ids.map(Number), tags: values.tag, dept: values.dept}, name);
	// Markdown and HTML sanitise the article again; remote images stay off, as in the extension's own exports.
	const options = {now, sanitizer: createNodeSanitizer({loadRemoteImages: false}), ...(values.title === undefined ? {} : {title: values.title})};
	const files = values.each ? clips.map(clip => exportClips([clip], format, options)) : [exportClips(clips, format, options)];
	if (values.out === undefined) {
		io.stdout(files[0]!.contents);
		return 0;
	}
	const targets = toFolder
		? uniqueNames(files).map(file => ({path: join(values.out!, file.fileName), contents: file.contents}))
		: [{path: values.out, contents: files[0]!.contents}];
	// Every check before the first write: a refusal leaves nothing behind.
	if (!toFolder && !existsSync(dirname(values.out))) {
		throw new AppError('BAD_INPUT', `The folder ${dirname(values.out)} does not exist. Nothing was written.`);
	}
	const existing = values.force ? [] : targets.filter(target => existsSync(target.path));
	if (existing.length > 0) {
		throw new AppError('BAD_INPUT', `${existing.map(target => target.path).join(', ')} already ${existing.length === 1 ? 'exists' : 'exist'}: add --force to replace. Nothing was written.`);
	}
	if (toFolder) {
		mkdirSync(values.out, {recursive: true});
	}
	for (const target of targets) {
		writeFileSync(target.path, target.contents);
		io.stdout(`${target.path}\n`);
	}
	return 0;
}
