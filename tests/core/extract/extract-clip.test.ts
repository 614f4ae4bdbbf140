// Environment: node, linkedom documents; the sanitiser is jsdom-backed (DOMPurify does not run on linkedom).
/**
 * Fixture pages under tests/fixtures/extract/<slug>/: source.html (first line says where it came from),
 * expected.json (the Extraction minus contentHtml) and expected.html (the sanitised body).
 * UPDATE_FIXTURES=1 rewrites the expectations; FIXTURE=<slug>[,<slug>…] limits a run to those pages.
 */
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {dirname, join} from 'node:path';
import {describe, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {parseHTML} from 'linkedom';
import {createNodeSanitizer} from '../../../src/cli/node-sanitizer.ts';
import {extractClip} from '../../../src/core/extract/extract-clip.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'extract');
const now = Date.UTC(2025, 0, 15); // Fixed clock, like Readability's fixed http://fakehost address
const sanitizer = createNodeSanitizer();
const file = (slug: string, name: string) => join(root, slug, name);
const slugs = readdirSync(root, {withFileTypes: true})
	.filter(entry => entry.isDirectory() && existsSync(file(entry.name, 'source.html')))
	.map(entry => entry.name)
	.filter(slug => !process.env.FIXTURE || process.env.FIXTURE.split(',').includes(slug))
	.sort();

/** The page's address is part of the fixture: `<!-- … url: https://… -->` on the first line, else a fixed one. */
function urlOf(source: string): string {
	return /url:\s*(\S+?)\s*-->/.exec(source.split('\n', 1)[0] ?? '')?.[1] ?? 'https://fixture.test/news/item';
}

test('has fixtures', () => {
	assert.ok(slugs.length > 0); // An empty folder must not pass silently
});

test('every fixture says where it came from on its first line', () => {
	for (const slug of slugs) {
		assert.match(readFileSync(file(slug, 'source.html'), 'utf8').split('\n', 1)[0]!, /^<!--.+-->$/, slug);
	}
});

for (const slug of slugs) {
	describe(slug, () => {
		const source = readFileSync(file(slug, 'source.html'), 'utf8');
		const {document} = parseHTML(source);
		const {contentHtml, ...fields} = extractClip(document as unknown as Document, {url: urlOf(source), now, sanitizer});
		if (process.env.UPDATE_FIXTURES) {
			writeFileSync(file(slug, 'expected.json'), `${JSON.stringify(fields, null, '\t')}\n`);
			writeFileSync(file(slug, 'expected.html'), `${contentHtml}\n`);
		}

		// Compared as the CLI prints it: JSON drops optional fields left undefined.
		test('fields', () => assert.deepEqual(JSON.parse(JSON.stringify(fields)), JSON.parse(readFileSync(file(slug, 'expected.json'), 'utf8'))));
		test('article html', () => assert.equal(`${contentHtml}\n`, readFileSync(file(slug, 'expected.html'), 'utf8')));
	});
}
