/** Markdown files: one clip with YAML front matter, or a briefing pack; body via turndown, then contacts and links. */
import type {Sanitizer} from '../sanitize/sanitizer.ts';
import type {Clip, ClipLink, Contact} from '../../shared/types.ts';
import {clipSource} from './clip-source.ts';
import {formatDay, isoTimestamp} from './format-day.ts';
import {frontMatter} from './front-matter.ts';
import {htmlToMarkdown} from './html-to-markdown.ts';
import {linkGroups} from './link-groups.ts';
import {markdownLink, markdownText} from './markdown-text.ts';
import {oneLine} from './well-formed.ts';

function metadataLines(clip: Clip): string[] {
	const source = clipSource(clip);
	const rows: Array<[string, string]> = [
		['Department', markdownText(clip.publisher)],
		['Type', markdownText(clip.documentType)],
		['Published', markdownText(formatDay(clip.publishedAt) || clip.publishedAt)],
		['Updated', clip.updatedAt && clip.updatedAt !== clip.publishedAt ? markdownText(formatDay(clip.updatedAt) || clip.updatedAt) : ''],
		['Source', source ? markdownLink(source, source) : ''],
		['Clipped', markdownText(formatDay(clip.clippedAt))],
		['Tags', markdownText(clip.tags.join(', '))],
	];
	return rows.filter(([, value]) => value !== '').map(([label, value]) => `- ${label}: ${value}`);
}

function contactLine(contact: Contact): string {
	const who = [contact.name, contact.role, contact.organisation].map(oneLine).filter(Boolean).join(', ') || oneLine(contact.raw);
	const reach = [
		...contact.emails.map(email => markdownLink(email, `mailto:${email}`)),
		...contact.phones.map(phone => markdownLink(phone, `tel:${phone.replace(/[^\d+]/g, '')}`)),
	];
	return `- ${markdownText(who)}${reach.length > 0 ? `: ${reach.join(', ')}` : ''}`;
}

function linkLine(link: ClipLink): string {
	const label = markdownText(link.label) + (link.details ? ` (${markdownText(link.details)})` : '');
	const target = markdownLink(link.href, link.href);
	return `- ${label}${label && target ? ': ' : ''}${target}`;
}

/** `# title`, the source details, the article, then "## Contacts" and "## Related links and attachments". */
function clipSection(clip: Clip, sanitizer: Sanitizer): string {
	const parts = [`# ${markdownText(clip.title) || 'Untitled'}`, metadataLines(clip).join('\n'), htmlToMarkdown(clip.contentHtml, sanitizer)];
	if (clip.contacts.length > 0) {
		parts.push('## Contacts', clip.contacts.map(contactLine).join('\n'));
	}
	const groups = linkGroups(clip);
	if (groups.length > 0) {
		parts.push('## Related links and attachments', ...groups.map(([heading, links]) => `### ${heading}\n\n${links.map(linkLine).join('\n')}`));
	}
	return parts.filter(part => part !== '').join('\n\n');
}

export function clipToMarkdown(clip: Clip, sanitizer: Sanitizer): string {
	const header = frontMatter({
		// Values exactly as stored: yamlString can write any text, so the front matter round-trips it.
		title: clip.title,
		department: clip.publisher,
		document_type: clip.documentType,
		published: clip.publishedAt,
		updated: clip.updatedAt,
		url: clipSource(clip),
		clipped: isoTimestamp(clip.clippedAt) || null,
		tags: clip.tags,
	});
	return `${header}\n${clipSection(clip, sanitizer)}\n`;
}

/** Several clips in one file: front matter for the pack, a contents list, then each clip as in clipToMarkdown. */
export function packToMarkdown(clips: Clip[], {now, sanitizer, title = 'Briefing pack'}: {now: number; sanitizer: Sanitizer; title?: string}): string {
	const header = frontMatter({title, created: isoTimestamp(now) || null, items: clips.length});
	const contents = clips.map((clip, index) => {
		const details = [oneLine(clip.publisher), formatDay(clip.publishedAt)].filter(Boolean).join(', ');
		return `${index + 1}. ${markdownText(clip.title) || 'Untitled'}${details ? ` (${markdownText(details)})` : ''}`;
	});
	const intro = [`# ${markdownText(title)}`, markdownText(`${formatDay(now)} · ${clips.length} ${clips.length === 1 ? 'item' : 'items'}`), '## Contents', contents.join('\n')];
	return `${header}\n${[intro.join('\n\n'), ...clips.map(clip => clipSection(clip, sanitizer))].join('\n\n* * *\n\n')}\n`;
}
