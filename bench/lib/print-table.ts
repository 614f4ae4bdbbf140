/** Prints rows as an aligned plain-text table, the shape every GovClip benchmark reports in. */
export type Row = [string, ...string[]];

export function formatTable(header: Row, rows: Row[]): string {
	const widths = header.map((_, column) => Math.max(...[header, ...rows].map(row => (row[column] ?? '').length)));
	const line = (row: Row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');
	return [line(header), widths.map(width => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const fixed = (value: number, digits = 3) => value.toFixed(digits);
export const ratio = (hits: number, total: number) => `${hits}/${total}`;
