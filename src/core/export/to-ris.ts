/** RIS, the tagged format Zotero, EndNote, Mendeley and reference managers import. */
import type {Clip} from '../../shared/types.ts';
import {citationFields, type CitationFields, type CitationKind} from './citation-fields.ts';
import type {DateParts} from './format-day.ts';

// Zotero's RIS import maps RPRT → Report (M3 = report type), SLIDE → Presentation, ELEC → Web Page (M3 = website type).
const TYPES: Record<CitationKind, string> = {'press-release': 'RPRT', 'speech': 'SLIDE', 'web-page': 'ELEC'};

/** RIS dates are YYYY/MM/DD/ with unknown parts left empty. */
function risDate(parts: DateParts): string {
	const [year, month, day] = parts;
	const pad = (value: number | undefined) => value === undefined ? '' : String(value).padStart(2, '0');
	return `${String(year).padStart(4, '0')}/${pad(month)}/${pad(day)}/`;
}

/**
 * A corporate author. Zotero reads an AU value up to its first comma as the family name and the rest as given
 * names, and only a value without a comma as one institutional name (single-field mode). So commas in the
 * department's name are dropped here; PB keeps the name exactly.
 */
export function risCorporateAuthor(name: string): string {
	return name.replace(/\s*,\s*/g, ' ').trim();
}

function record(fields: CitationFields): string[] {
	const lines: Array<[string, string | null]> = [
		['TY', TYPES[fields.kind]],
		['TI', fields.title],
		['AU', fields.author && risCorporateAuthor(fields.author)],
		['PB', fields.author],
		['T2', fields.kind === 'web-page' ? fields.author : null],
		['M3', fields.genre],
		['DA', fields.issued && risDate(fields.issued)],
		['PY', fields.issued && String(fields.issued[0])],
		['UR', fields.url],
		['Y2', fields.accessed && risDate(fields.accessed)],
		// The RIS specification puts a web page's access date in M1 (EndNote does; citation-js reads only that);
		// Zotero reads Y2 and takes M1 as the same date.
		['M1', fields.kind === 'web-page' && fields.accessed ? risDate(fields.accessed) : null],
		['LA', fields.language],
		['AB', fields.summary],
		...fields.keywords.map((keyword): [string, string] => ['KW', keyword]),
		['ID', fields.key],
	];
	// Values are single lines already (citationFields); RIS has no escaping, and a tag only counts at a line start.
	return [...lines.filter(([, value]) => value).map(([tag, value]) => `${tag}  - ${value}`), 'ER  - '];
}

/** One record per clip, CRLF line ends as the RIS specification asks, a blank line between records. */
export function toRis(clips: readonly Clip[]): string {
	return citationFields(clips).map(fields => record(fields).join('\r\n')).join('\r\n\r\n') + '\r\n';
}
