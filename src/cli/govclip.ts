#!/usr/bin/env node
/** Entry of the `govclip` command: wires the process to runCli. Built to dist/cli/govclip.mjs; also runs with `npx tsx`. */
import {readFileSync} from 'node:fs';
import {runCli} from './run-cli.ts';

process.exitCode = runCli(process.argv.slice(2), {
	stdout: text => process.stdout.write(text),
	stderr: text => process.stderr.write(text),
	readStdin: () => readFileSync(0),
	now: () => Date.now(),
});
