// The layout and import table of docs/ARCHITECTURE.md, executable: a stray import fails here with its file named.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve, dirname} from 'node:path';

const SRC = resolve(import.meta.dirname, '../src');

// Files outside src/ a folder may import: ui/i18n takes its fallback words and its MessageKey type from the English messages.
const mayImportAssets: Record<string, string[]> = {ui: ['assets/_locales/en/messages.json']};

const mayImport: Record<string, string[]> = {
	shared: ['shared'],
	core: ['core', 'shared'],
	platform: ['platform', 'shared'],
	storage: ['storage', 'core', 'shared'],
	ui: ['ui', 'core', 'shared'],
	background: ['background', 'storage', 'platform', 'core', 'shared'],
	content: ['content', 'platform', 'core', 'shared'],
	popup: ['popup', 'ui', 'storage', 'platform', 'core', 'shared'], // reads only: writes go through the background
	views: ['views', 'ui', 'storage', 'platform', 'core', 'shared'],
	cli: ['cli', 'core', 'shared'],
};

const bannedPackages: Record<string, string[]> = {
	shared: ['webextension-polyfill', 'dexie', 'preact', 'dompurify'],
	core: ['webextension-polyfill', 'dexie', 'preact', 'jsdom', 'linkedom'],
	content: ['dexie'],
	storage: ['webextension-polyfill', 'preact'],
};

/** Core is pure: the document, URL and clock come in as arguments. */
const bannedGlobalsInCore = ['document', 'location', 'Date.now(', 'process', 'window', 'navigator', 'chrome', 'browser']
	.map(name => new RegExp(`(?<![\\w$.\\-/'"])${name.replace(/[.(]/g, '\\$&')}${name.endsWith('(') ? '' : '\\.'}`));

const withoutComments = (code: string) => code.replace(/\/\*[\s\S]*?\*\/|(?<!:)\/\/.*$/gm, '');

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap(entry => {
		const path = join(folder, entry.name);
		return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

function importsOf(source: string): string[] {
	return [...source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^'";]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
		.map(match => match[1] ?? match[2]!);
}

const files = sourceFiles(SRC);

test('every source file sits in a known folder', () => {
	assert.ok(files.length > 20);
	for (const file of files) {
		const folder = relative(SRC, file).split('/')[0]!;
		assert.ok(folder in mayImport, `${relative(SRC, file)} is outside the known folders`);
	}
});

test('each folder imports only what the table allows', () => {
	const problems: string[] = [];
	for (const file of files) {
		const name = relative(SRC, file);
		const folder = name.split('/')[0]!;
		for (const specifier of importsOf(readFileSync(file, 'utf8'))) {
			if (specifier.startsWith('.')) {
				const target = relative(SRC, resolve(dirname(file), specifier)).split('/')[0]!;
				if (!mayImport[folder]!.includes(target) && !mayImportAssets[folder]?.includes(relative(resolve(SRC, '..'), resolve(dirname(file), specifier)))) {
					problems.push(`${name} imports ${target}/ (${specifier})`);
				}
			} else {
				const packageName = specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]!;
				if (bannedPackages[folder]?.includes(packageName)) {
					problems.push(`${name} imports ${packageName}`);
				}
			}
		}
	}
	assert.deepEqual(problems, []);
});

test('only platform/ imports webextension-polyfill', () => {
	const importers = files.filter(file => importsOf(readFileSync(file, 'utf8')).includes('webextension-polyfill'));
	assert.deepEqual(importers.map(file => relative(SRC, file)), ['platform/browser.ts']);
});

test('core reads no browser or process globals', () => {
	const problems: string[] = [];
	for (const file of files.filter(file => relative(SRC, file).startsWith('core/'))) {
		const code = withoutComments(readFileSync(file, 'utf8'));
		for (const pattern of bannedGlobalsInCore) {
			if (pattern.test(code)) {
				problems.push(`${relative(SRC, file)} uses the global ${pattern.source.split(')').pop()!.replaceAll('\\', '')}`);
			}
		}
	}
	assert.deepEqual(problems, []);
});

test('no HTML-string sinks anywhere in src/', () => {
	const sinks = /\.(?:inner|outer)HTML\s*\+?=[^=]|insertAdjacentHTML\(|dangerouslySetInnerHTML|document\.write\(/;
	const offenders = files.filter(file => sinks.test(withoutComments(readFileSync(file, 'utf8')))).map(file => relative(SRC, file));
	assert.deepEqual(offenders, []);
});
