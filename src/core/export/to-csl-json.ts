/** CSL-JSON, the citation data Zotero, citeproc and pandoc read: corporate author as a literal name. */
import type {Clip} from '../../shared/types.ts';
import {citationFields, type CitationFields, type CitationKind} from './citation-fields.ts';
import type {DateParts} from './format-day.ts';

/** `report` + genre for press releases (APA prints "[Press release]"), `speech`, or `webpage`. */
const CSL_TYPES: Record<CitationKind, string> = {'press-release': 'report', 'speech': 'speech', 'web-page': 'webpage'};

export type CslItem = Record<string, unknown> & {id: string; type: string; title: string};

const cslDate = (parts: DateParts) => ({'date-parts': [parts]});

function item(fields: CitationFields): CslItem {
	const csl: CslItem = {id: fields.key, type: CSL_TYPES[fields.kind], title: fields.title};
	if (fields.author) {
		csl.author = [{literal: fields.author}];
		csl[fields.kind === 'web-page' ? 'container-title' : 'publisher'] = fields.author;
	}
	const optional: Array<[string, unknown]> = [
		['genre', fields.genre],
		['issued', fields.issued && cslDate(fields.issued)],
		['URL', fields.url],
		['accessed', fields.accessed && cslDate(fields.accessed)],
		['language', fields.language],
		['abstract', fields.summary],
		['keyword', fields.keywords.length > 0 ? fields.keywords.join(', ') : null],
	];
	for (const [name, value] of optional) {
		if (value) {
			csl[name] = value;
		}
	}
	return csl;
}

export function toCslItems(clips: readonly Clip[]): CslItem[] {
	return citationFields(clips).map(item);
}

export function toCslJson(clips: readonly Clip[]): string {
	return `${JSON.stringify(toCslItems(clips), null, '\t')}\n`;
}
