// The English messages.json against Chrome's rules and against the code: every key used exists, every key is used.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {join, relative, resolve} from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const SRC = join(ROOT, 'src');

type Message = {message?: unknown; description?: unknown; placeholders?: Record<string, {content?: unknown}>};
const messages: Record<string, Message> = JSON.parse(readFileSync(join(ROOT, 'assets/_locales/en/messages.json'), 'utf8'));
const keys = Object.keys(messages);

function sourceFiles(folder: string): string[] {
	return readdirSync(folder, {withFileTypes: true}).flatMap(entry => {
		const path = join(folder, entry.name);
		return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
	});
}

const sources = new Map(sourceFiles(SRC).map(file => [relative(ROOT, file), readFileSync(file, 'utf8')]));
const manifest = readFileSync(join(ROOT, 'manifest.json'), 'utf8');

/** Keys passed as literals to t(), plural() and getMessage(). Keys kept in tables are typed MessageKey, so tsc checks those. */
function usedKeys(code: string): string[] {
	const calls = [...code.matchAll(/\b(?:t|getMessage)\(\s*'([^']+)'/g)].map(match => match[1]!);
	const plurals = [...code.matchAll(/\bplural\([^,]+,\s*'([^']+)',\s*'([^']+)'\)/g)].flatMap(match => [match[1]!, match[2]!]);
	return [...calls, ...plurals];
}

test('finds the keys the code uses', () => {
	assert.ok([...sources.values()].flatMap(usedKeys).length > 50); // a broken pattern must not pass silently
});

test('every key the code uses is in messages.json', () => {
	const missing = [...sources].flatMap(([file, code]) => usedKeys(code).filter(key => !Object.hasOwn(messages, key)).map(key => `${file}: ${key}`));
	const manifestKeys = [...manifest.matchAll(/__MSG_(\w+)__/g)].map(match => match[1]!);
	assert.deepEqual([...missing, ...manifestKeys.filter(key => !Object.hasOwn(messages, key)).map(key => `manifest.json: ${key}`)], []);
});

test('every message is used somewhere', () => {
	const everything = [...sources.values()].join('\n');
	const unused = keys.filter(key => !everything.includes(`'${key}'`) && !manifest.includes(`__MSG_${key}__`));
	assert.deepEqual(unused, []);
});

test('every message has words and a description for translators', () => {
	const problems = keys.filter(key => {
		const {message, description} = messages[key]!;
		return typeof message !== 'string' || message.trim() === '' || typeof description !== 'string' || description.trim() === '';
	});
	assert.deepEqual(problems, []);
});

test('keys are valid for Chrome, and distinct ignoring case', () => {
	assert.deepEqual(keys.filter(key => !/^[A-Za-z0-9_]+$/.test(key)), []);
	assert.equal(new Set(keys.map(key => key.toLowerCase())).size, keys.length);
});

test('placeholders: each one named in a message is defined, each defined one is used, and each points at $1…$9', () => {
	const problems: string[] = [];
	for (const key of keys) {
		const {message, placeholders = {}} = messages[key]!;
		const defined = new Map(Object.entries(placeholders).map(([name, value]) => [name.toLowerCase(), value]));
		const named = new Set([...String(message).matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map(match => match[1]!.toLowerCase()));
		for (const name of named) {
			if (!defined.has(name)) {
				problems.push(`${key}: $${name}$ is not defined`);
			}
		}
		for (const [name, {content}] of defined) {
			if (!/^[A-Za-z0-9_]+$/.test(name)) {
				problems.push(`${key}: bad placeholder name ${name}`);
			}
			if (!named.has(name)) {
				problems.push(`${key}: ${name} is never used`);
			}
			if (typeof content !== 'string' || !/\$[1-9]/.test(content)) {
				problems.push(`${key}: ${name} has no $1…$9 content`);
			}
		}
	}
	assert.deepEqual(problems, []);
});
