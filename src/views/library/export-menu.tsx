/** Export the chosen clips: pick a format, get a file named for what it holds. */
import {useState} from 'preact/hooks';
import type {ExportFormat} from '../../core/export/export-clips.ts';
import {t, type MessageKey} from '../../ui/i18n.ts';

// Message keys, not words: the words are looked up at render time, after the entry file has set the locale.
const CHOICES: [ExportFormat, MessageKey][] = [
	['markdown', 'exportMarkdown'],
	['html', 'exportHtml'],
	['csv', 'exportCsv'],
	['ris', 'exportRis'],
	['bibtex', 'exportBibtex'],
	['csl-json', 'exportCslJson'],
	['json', 'exportJson'],
];

export function ExportMenu({onExport}: {onExport(format: ExportFormat): void}) {
	const [format, setFormat] = useState<ExportFormat>('markdown');
	return (
		<span class="export-menu">
			<select aria-label={t('exportFormat')} value={format} onChange={event => setFormat(event.currentTarget.value as ExportFormat)}>
				{CHOICES.map(([value, label]) => <option key={value} value={value}>{t(label)}</option>)}
			</select>
			<button type="button" onClick={() => onExport(format)}>{t('export')}</button>
		</span>
	);
}
