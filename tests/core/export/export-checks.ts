// Readers for exported files, so tests judge them the way real programs read them: jsdom, marked, yaml.
import {JSDOM} from 'jsdom';
import {marked} from 'marked';
import {parse as parseYaml} from 'yaml';
import {MAX_FILE_NAME_BYTES, MAX_FILE_NAME_LENGTH} from '../../../src/core/export/file-name-for.ts';

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'poster', 'background', 'data', 'srcset', 'ping'];
const SAFE = /^(?:https?:|mailto:|tel:|#)/i;
const INLINE_RASTER = /^data:image\/(?:png|gif|jpe?g|webp|avif);/i;

export function parseHtml(html: string): Document {
	return new JSDOM(html).window.document;
}

/** Every URL-bearing attribute that is not http(s), mailto, tel, a fragment or an inline raster image. */
export function unsafeUrls(root: Document | Element): string[] {
	const found: string[] = [];
	for (const element of root.querySelectorAll('*')) {
		for (const {name, value} of element.attributes) {
			if (URL_ATTRIBUTES.includes(name.toLowerCase()) && value.trim() !== '' && !SAFE.test(value.trim())
				&& !(element.tagName === 'IMG' && name === 'src' && INLINE_RASTER.test(value))) {
				found.push(`${element.tagName.toLowerCase()}[${name}=${value}]`);
			}
		}
	}
	return found;
}

/** Elements and attributes that run script or load or style anything. */
export function executableConstructs(root: Document | Element): string[] {
	const found: string[] = [];
	for (const element of root.querySelectorAll('script, iframe, object, embed, form, svg, math, link, base, template, input, button')) {
		found.push(`<${element.tagName.toLowerCase()}>`);
	}
	for (const element of root.querySelectorAll('*')) {
		for (const {name} of element.attributes) {
			if (/^on/i.test(name) || name === 'style') {
				found.push(`${element.tagName.toLowerCase()}[${name}]`);
			}
		}
	}
	return found;
}

/** Markdown rendered by marked (GFM, autolinks on, and no sanitising of its own: what it outputs is what we wrote). */
export function renderMarkdown(markdown: string): Document {
	return parseHtml(`<!doctype html><body>${marked.parse(markdown, {async: false, gfm: true})}</body>`);
}

/** The YAML between the opening and closing `---`, parsed as YAML 1.2 (or 1.1, as older tools read it). */
export function frontMatterOf(markdown: string, version: '1.1' | '1.2' = '1.2'): Record<string, unknown> {
	const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
	if (!match) {
		throw new Error('no front matter');
	}
	return parseYaml(match[1]!, {version, uniqueKeys: true, strict: true}) as Record<string, unknown>;
}

/** An RFC 4180 reader (quoted fields, doubled quotes, CRLF records), strict about anything else. */
export function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let index = 0;
	while (index < text.length) {
		let value = '';
		if (text[index] === '"') {
			index++;
			for (;;) {
				const quote = text.indexOf('"', index);
				if (quote < 0) {
					throw new Error('unterminated quoted field');
				}
				value += text.slice(index, quote);
				index = quote + 1;
				if (text[index] === '"') {
					value += '"';
					index++;
				} else {
					break;
				}
			}
		} else {
			const end = text.slice(index).search(/,|\r\n/);
			value = end < 0 ? text.slice(index) : text.slice(index, index + end);
			index = end < 0 ? text.length : index + end;
		}
		row.push(value);
		if (text.startsWith('\r\n', index)) {
			rows.push(row);
			row = [];
			index += 2;
		} else if (text[index] === ',') {
			index++;
		} else if (index < text.length) {
			throw new Error(`unexpected character at ${index}`);
		}
	}
	if (row.length > 0) {
		rows.push(row);
	}
	return rows;
}

const RESERVED = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])(?:\.|$)/i;

/** The rules of Windows (the strictest), plus what ext4 and APFS count, plus what a person can be fooled by. */
export function fileNameProblems(name: string, ext: string): string[] {
	const found: string[] = [];
	if (/[~:/\\*?"<>|%]/.test(name)) found.push('forbidden character');
	if (/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(name)) found.push('control or format character');
	if (/[\uD800-\uDFFF]/.test(name.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))) found.push('lone surrogate');
	if (name !== name.normalize('NFC')) found.push('not NFC');
	if (RESERVED.test(name)) found.push('reserved name');
	if (/[. ]$/.test(name) || /^[. ]/.test(name)) found.push('leading or trailing dot or space');
	if (name.length > MAX_FILE_NAME_LENGTH) found.push(`too long (${name.length})`);
	if (new TextEncoder().encode(name).length > MAX_FILE_NAME_BYTES) found.push('too many bytes');
	if (!name.endsWith(`.${ext}`) || name.length <= ext.length + 1) found.push('extension');
	return found;
}
