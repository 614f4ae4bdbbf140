/** Export the chosen clips: pick a format, get a file named for what it holds. */
import {useState} from 'preact/hooks';
import type {ExportFormat} from '../../core/export/export-clips.ts';

const CHOICES: [ExportFormat, string][] = [
	['markdown', 'Markdown (.md)'],
	['html', 'Web page (.html)'],
	['csv', 'Spreadsheet (.csv)'],
	['ris', 'Citations: RIS (.ris)'],
	['bibtex', 'Citations: BibTeX (.bib)'],
	['csl-json', 'Citations: CSL-JSON (.json)'],
	['json', 'Data: JSON (.json)'],
];

export function ExportMenu({onExport}: {onExport(format: ExportFormat): void}) {
	const [format, setFormat] = useState<ExportFormat>('markdown');
	return (
		<span class="export-menu">
			<select aria-label="Export format" value={format} onChange={event => setFormat(event.currentTarget.value as ExportFormat)}>
				{CHOICES.map(([value, label]) => <option key={value} value={value}>{label}</option>)}
			</select>
			<button type="button" onClick={() => onExport(format)}>Export</button>
		</span>
	);
}
