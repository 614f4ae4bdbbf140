/**
 * Runs every tests/**\/*.test.ts(x) under node's test runner with tsx. Node 20's runner takes no glob patterns
 * and finds only .js files by itself, so the list is made here. Extra arguments pass through to node --test.
 */
import {spawnSync} from 'node:child_process';
import {readdirSync} from 'node:fs';
import {join} from 'node:path';

function testFiles(folder) {
	return readdirSync(folder, {withFileTypes: true}).flatMap(entry => {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) {
			return entry.name === 'e2e' || entry.name === 'fixtures' ? [] : testFiles(path);
		}
		return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

const files = testFiles('tests').sort();
const {status} = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...process.argv.slice(2), ...files], {stdio: 'inherit'});
process.exit(status ?? 1);
