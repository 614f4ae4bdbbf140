/** YAML front matter that any YAML 1.1 or 1.2 parser reads back exactly, whatever a page put in its title. */
import {wellFormed} from './well-formed.ts';

export type FrontMatterValue = string | number | string[] | null;

// Everything YAML would not print as itself: controls, DEL and C1, the line and paragraph separators, the byte
// order mark, non-characters, and bidirectional controls (escaped so a reader sees them instead of being fooled).
const ESCAPED = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028-\u202E\u2066-\u2069\uFEFF\uFFFE\uFFFF]/g;
const SHORT_ESCAPES: Record<string, string> = {'\0': '\\0', '\t': '\\t', '\n': '\\n', '\r': '\\r', '"': '\\"', '\\': '\\\\'};

/**
 * A double-quoted YAML scalar: the only YAML style in which every character can be written, so no title can
 * end the value, open a new key or close the front matter. Lone surrogates cannot exist in a YAML stream and are
 * written as U+FFFD (see wellFormed).
 * Markdown viewers that do not know front matter render it as Markdown: `<` and `](` are written as YAML escapes
 * there, so a title cannot become raw HTML or a link in them, and YAML parsers still read the same text.
 */
export function yamlString(value: string): string {
	const escaped = wellFormed(value).replace(/["\\]/g, char => SHORT_ESCAPES[char]!)
		.replace(ESCAPED, char => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`)
		.replace(/</g, '\\x3C')
		.replace(/\]\(/g, ']\\x28');
	return `"${escaped}"`;
}

// Dates stay plain so that note apps (Obsidian, Hugo, Jekyll) see dates; only shapes that are unambiguous in YAML.
const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2}))?$/;

function scalar(value: string): string {
	return PLAIN_DATE.test(value) ? value : yamlString(value);
}

/** `---` … `---`: keys in the given order, null values left out, lists as block sequences of quoted strings. */
export function frontMatter(fields: Record<string, FrontMatterValue>): string {
	const lines = ['---'];
	for (const [key, value] of Object.entries(fields)) {
		if (!/^[a-z][a-z0-9_]*$/.test(key)) {
			throw new TypeError(`Front matter key "${key}" is not a plain YAML key`);
		}
		if (value === null) {
			continue;
		}
		if (typeof value === 'number') {
			lines.push(`${key}: ${Number.isFinite(value) ? String(value) : yamlString(String(value))}`);
		} else if (Array.isArray(value)) {
			lines.push(value.length === 0 ? `${key}: []` : `${key}:`, ...value.map(item => `  - ${yamlString(item)}`));
		} else {
			lines.push(`${key}: ${scalar(value)}`);
		}
	}
	lines.push('---');
	return lines.join('\n') + '\n';
}
