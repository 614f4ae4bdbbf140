/**
 * GFM tables for turndown. turndown-plugin-gfm was tried and left out: it keeps any table without a heading row
 * as raw HTML (most government tables have none) and does not escape `|` inside cells, which splits a row.
 */
import type TurndownService from 'turndown';

type CellMarkdown = (cell: HTMLElement) => string;

function cellText(cell: HTMLElement, toMarkdown: CellMarkdown): string {
	return toMarkdown(cell)
		.replace(/\s*\n+\s*/g, ' ') // a GFM cell is one line
		.replace(/(?<!\\)\|/g, '\\|') // pipes the text escape did not reach (code spans, link targets)
		.trim();
}

function row(cells: string[]): string {
	return `| ${cells.join(' | ')} |`;
}

/** Every table becomes a GFM table; with no heading row, the first row serves as one, as most readers expect. */
export function gfmTables(toMarkdown: CellMarkdown): TurndownService.Plugin {
	return service => {
		service.addRule('gfmTable', {
			filter: 'table',
			replacement(_content, node) {
				const rows = [...(node as HTMLTableElement).rows].map(tr => [...tr.cells].flatMap(cell => {
					const text = cellText(cell as HTMLElement, toMarkdown);
					// A spanning cell keeps the columns in line: its text, then empty cells.
					return [text, ...Array<string>(Math.max(0, Math.min(cell.colSpan, 50) - 1)).fill('')];
				})).filter(cells => cells.length > 0);
				if (rows.length === 0) {
					return '';
				}
				const width = Math.max(...rows.map(cells => cells.length));
				const padded = rows.map(cells => [...cells, ...Array<string>(width - cells.length).fill('')]);
				const [head, ...body] = padded;
				const lines = [row(head!), row(Array<string>(width).fill('---')), ...body.map(row)];
				return `\n\n${lines.join('\n')}\n\n`;
			},
		});
	};
}
