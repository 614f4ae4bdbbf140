/** `govclip` command line: extract a saved HTML file with the same core as the extension. */
import {readFileSync} from 'node:fs';
import {parseHTML} from 'linkedom';
import {extractClip} from '../core/extract/extract-clip.ts';
import {createNodeSanitizer} from './node-sanitizer.ts';

const [command, file, ...rest] = process.argv.slice(2);
const urlIndex = rest.indexOf('--url');
if (command !== 'extract' || !file || urlIndex < 0) {
	console.error('Usage: govclip extract <file.html|-> --url <page-url>');
	process.exit(2);
}
const html = readFileSync(file === '-' ? 0 : file, 'utf8');
const {document} = parseHTML(html);
const extraction = extractClip(document, {url: rest[urlIndex + 1]!, now: Date.now(), sanitizer: createNodeSanitizer()});
console.log(JSON.stringify(extraction, null, 2));
