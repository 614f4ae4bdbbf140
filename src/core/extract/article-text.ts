/** Plain text of an article element, one block per paragraph, for the Extraction's `text` and the search index. */
import {cleanText} from './clean-text.ts';

const BLOCK = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'FIGURE', 'FIGCAPTION', 'HEADER', 'FOOTER', 'ASIDE', 'ADDRESS', 'HR', 'BR']);
const CELL = new Set(['TD', 'TH']);

export function articleText(root: Element): string {
	const blocks: string[] = [];
	let current = '';
	const flush = () => {
		const text = cleanText(current);
		if (text) {
			blocks.push(text);
		}
		current = '';
	};
	const visit = (node: Node) => {
		if (node.nodeType === 3) {
			current += node.nodeValue ?? '';
			return;
		}
		if (node.nodeType !== 1) {
			return;
		}
		const tag = (node as Element).tagName.toUpperCase();
		if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'TEMPLATE') {
			return;
		}
		const block = BLOCK.has(tag);
		if (block) {
			flush();
		}
		for (let child = node.firstChild; child; child = child.nextSibling) {
			visit(child);
		}
		if (block) {
			flush();
		} else if (CELL.has(tag)) {
			current += ' | '; // Table cells stay on their row's line
		}
	};
	visit(root);
	flush();
	// Blocks are trimmed: only one that ends in a cell separator has any to drop.
	return blocks.map(block => (block.endsWith('|') ? block.replace(/(?:\s*\|\s*)+$/, '') : block)).join('\n\n');
}
