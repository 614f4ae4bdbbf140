/**
 * Clip HTML → Markdown with turndown. The HTML is sanitised again and handed over as a DOM fragment from the
 * injected Sanitizer, so turndown never parses a string itself (no domino in Node, no DOMParser needed in a worker).
 */
import TurndownService from 'turndown';
import type {Sanitizer} from '../sanitize/sanitizer.ts';
import {gfmTables} from './markdown-tables.ts';
import {markdownDestination, markdownText} from './markdown-text.ts';
import {safeUrl} from './safe-url.ts';

// turndown's own escape leaves `<` and `&` alone, so text such as "&lt;img onerror=…&gt;" would come out as raw
// HTML that a Markdown renderer runs. Inline markers are escaped everywhere, block markers at the start of a node.
function escapeText(text: string): string {
	return text
		.replace(/[\\`*_[\]<>|~&]/g, '\\$&')
		.replace(/^([-+=#>])/, '\\$1')
		.replace(/^(\d+)([.)])/, '$1\\$2');
}

function createService(): TurndownService {
	const service = new TurndownService({
		headingStyle: 'atx',
		bulletListMarker: '-',
		codeBlockStyle: 'fenced',
		emDelimiter: '_',
		strongDelimiter: '**',
		hr: '* * *',
		linkStyle: 'inlined',
	});
	service.escape = escapeText;
	service.remove(['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed']);
	service.addRule('safeLink', {
		filter: node => node.nodeName === 'A',
		replacement(content, node) {
			const target = markdownDestination(node.getAttribute('href') ?? '');
			return target && content.trim() ? `[${content}](${target})` : content;
		},
	});
	service.addRule('safeImage', {
		filter: 'img',
		replacement(_content, node) {
			const alt = markdownText(node.getAttribute('alt'));
			const src = safeUrl(node.getAttribute('src'), ['http:', 'https:']);
			if (src) {
				return `![${alt}](${markdownDestination(src)})`;
			}
			// The sanitiser parks remote images in data-src when the person has turned remote images off:
			// keep the reference as a link, so opening the file does not load it.
			const parked = safeUrl(node.getAttribute('data-src'), ['http:', 'https:']);
			return parked ? `[Image${alt ? `: ${alt}` : ''}](${markdownDestination(parked)})` : alt;
		},
	});
	service.addRule('strikethrough', {
		filter: ['del', 's'],
		replacement: content => `~~${content}~~`,
	});
	service.use(gfmTables(cell => service.turndown(cell)));
	return service;
}

let shared: TurndownService | undefined;

/** The article body as Markdown: sanitised first, links limited to http(s)/mailto/tel, tables as GFM tables. */
export function htmlToMarkdown(html: string, sanitizer: Sanitizer): string {
	shared ??= createService();
	return shared.turndown(sanitizer.toFragment(html)).trim();
}
