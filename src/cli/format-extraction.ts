/** The CLI's output formats for one Extraction: JSON (the data as is), Markdown and plain text. */
import type {Extraction} from '../shared/types.ts';

export const FORMATS = ['json', 'markdown', 'text'] as const;
export type Format = (typeof FORMATS)[number];

export function formatExtraction(extraction: Extraction, format: Format): string {
	switch (format) {
		case 'json':
			return `${JSON.stringify(extraction, null, '\t')}\n`;
		case 'markdown':
			return toMarkdown(extraction);
		case 'text':
			return toText(extraction);
	}
}

function metadataLines(extraction: Extraction): [string, string][] {
	const lines: [string, string | null][] = [
		['Publisher', extraction.publisher],
		['Type', extraction.documentType],
		['Published', extraction.publishedAt],
		['Updated', extraction.updatedAt],
		['By', extraction.byline],
		['Source', extraction.canonicalUrl || extraction.url],
	];
	return lines.filter((line): line is [string, string] => Boolean(line[1]));
}

/** Markdown punctuation in page text must stay text. */
function escapeMarkdown(text: string): string {
	return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/^(\d+)\. /, '$1\\. ').replace(/^([-+]) /, '\\$1 ');
}

function contactLine(contact: Extraction['contacts'][number]): string {
	const who = [contact.name, contact.role, contact.organisation].filter(Boolean).join(', ') || contact.raw.split('\n')[0] || 'Contact';
	return [who, ...contact.emails, ...contact.phones].join(' · ');
}

function toMarkdown(extraction: Extraction): string {
	const line = ([label, value]: [string, string]) => `- **${label}:** ${label === 'Source' ? `<${value}>` : escapeMarkdown(value)}`;
	const parts = [`# ${escapeMarkdown(extraction.title || 'Untitled')}`, metadataLines(extraction).map(line).join('\n')];
	parts.push(...extraction.text.split(/\n{2,}/).map(escapeMarkdown));
	if (extraction.contacts.length > 0) {
		parts.push('## Contacts', extraction.contacts.map(contact => `- ${escapeMarkdown(contactLine(contact))}`).join('\n'));
	}
	const links = extraction.links.filter(link => link.kind !== 'inline');
	if (links.length > 0) {
		parts.push('## Links', links.map(link => `- [${escapeMarkdown(link.label || link.href)}](<${link.href}>)${link.details ? ` (${escapeMarkdown(link.details)})` : ''} — ${link.kind}`).join('\n'));
	}
	return `${parts.filter(Boolean).join('\n\n')}\n`;
}

function toText(extraction: Extraction): string {
	const parts = [extraction.title, metadataLines(extraction).map(([label, value]) => `${label}: ${value}`).join('\n'), extraction.text];
	if (extraction.contacts.length > 0) {
		parts.push(`Contacts:\n${extraction.contacts.map(contact => `  ${contactLine(contact)}`).join('\n')}`);
	}
	const links = extraction.links.filter(link => link.kind !== 'inline');
	if (links.length > 0) {
		parts.push(`Links:\n${links.map(link => `  ${link.label} <${link.href}> (${link.kind})`).join('\n')}`);
	}
	return `${parts.filter(Boolean).join('\n\n')}\n`;
}
