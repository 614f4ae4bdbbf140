/** BibTeX / biblatex entries: @misc, the one entry type every style knows, with the department as corporate author. */
import type {Clip} from '../../shared/types.ts';
import {citationFields, type CitationFields} from './citation-fields.ts';
import type {DateParts} from './format-day.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const LATEX_SPECIALS: Record<string, string> = {
	'\\': '\\textbackslash{}', '{': '\\{', '}': '\\}', '&': '\\&', '%': '\\%', '$': '\\$', '#': '\\#', '_': '\\_',
	'^': '\\textasciicircum{}', '~': '\\textasciitilde{}',
};

/**
 * Text as LaTeX reads it literally: braces always balanced, so no value can close its field or the entry, and
 * "--"/"---" kept as hyphens rather than turned into dashes.
 */
export function latexText(text: string): string {
	return text.replace(/[\\{}&%$#_^~]/g, char => LATEX_SPECIALS[char]!).replace(/-(?=-)/g, '-{}');
}

/** url and urldate are read verbatim by biber; only the characters that would unbalance the field are encoded. */
function bibUrl(url: string): string {
	return url.replace(/[{}\\%]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

function isoParts(parts: DateParts): string {
	return parts.map((part, index) => String(part).padStart(index === 0 ? 4 : 2, '0')).join('-');
}

function entry(fields: CitationFields): string {
	const lines: Array<[string, string | null]> = [
		// Double braces: one name, not a list of people to split at "and" or reorder as "family, given".
		['author', fields.author && `{{${latexText(fields.author)}}}`],
		// Inner braces keep the capitals of "UK", "NHS" and German nouns from being lower-cased by a style.
		['title', `{{${latexText(fields.title)}}}`],
		['date', fields.issued && `{${isoParts(fields.issued)}}`],
		['year', fields.issued && `{${fields.issued[0]}}`],
		['month', fields.issued?.[1] === undefined ? null : MONTHS[fields.issued[1] - 1]!],
		['publisher', fields.author && `{${latexText(fields.author)}}`],
		['url', fields.url && `{${bibUrl(fields.url)}}`],
		['urldate', fields.accessed && `{${isoParts(fields.accessed)}}`],
		['note', fields.genre && `{${latexText(fields.genre)}}`],
		['langid', fields.language && `{${latexText(fields.language)}}`],
		['keywords', fields.keywords.length > 0 ? `{${latexText(fields.keywords.join(', '))}}` : null],
	];
	const body = lines.filter(([, value]) => value).map(([name, value]) => `  ${name} = ${value},`);
	return `@misc{${fields.key},\n${body.join('\n')}\n}`;
}

export function toBibtex(clips: readonly Clip[]): string {
	return `${citationFields(clips).map(entry).join('\n\n')}\n`;
}
