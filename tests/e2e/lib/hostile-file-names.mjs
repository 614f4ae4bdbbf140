// R10's file names in both browsers: the names GovClip's own code gives exports of 200 hostile titles.
import {execFileSync} from 'node:child_process';
import {PROJECT} from './paths.mjs';

/** The names, computed by the project's own code in Node (TypeScript through tsx, as the unit tests run). */
export function hostileFileNames() {
	const script = `
		const {fileNameFor} = await import('./src/core/export/file-name-for.ts');
		const {hostileTitles} = await import('./tests/core/export/hostile-titles.ts');
		const titles = hostileTitles(200);
		const names = titles.map((title, index) => fileNameFor({title, publisher: index % 3 === 0 ? titles[(index * 7) % titles.length] : 'Cabinet Office',
			publishedAt: index % 2 ? '2024-05-06' : null, clippedAt: Date.UTC(2026, 0, 15), text: ''}, ['md', 'html', 'csv'][index % 3]));
		process.stdout.write(JSON.stringify(names));`;
	return JSON.parse(execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {cwd: PROJECT, encoding: 'utf8'}));
}
