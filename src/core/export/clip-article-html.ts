/** One clip as the print view lays it out (same elements and classes, so print.css applies), as an HTML string. */
import type {Sanitizer} from '../sanitize/sanitizer.ts';
import type {Clip, Contact} from '../../shared/types.ts';
import {clipSource} from './clip-source.ts';
import {escapeHtml, isolatedText} from './escape-html.ts';
import {formatDay} from './format-day.ts';
import {safeUrl} from './safe-url.ts';
import {linkGroups} from './link-groups.ts';
import {numberLinks} from './link-endnotes.ts';

const LANGUAGE_TAG = /^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/;

/** ` lang="de"` when the clip's language is a well-formed tag; nothing otherwise. */
export function langAttribute(language: string | null): string {
	return language && LANGUAGE_TAG.test(language) ? ` lang="${escapeHtml(language)}"` : '';
}

/** A link only for http(s), mailto and tel; any other address is printed as text. */
export function linkHtml(href: string, text: string, className = ''): string {
	const url = safeUrl(href);
	const classAttribute = className ? ` class="${className}"` : '';
	return url ? `<a${classAttribute} href="${escapeHtml(url)}">${isolatedText(text)}</a>` : `<span${classAttribute}>${isolatedText(text)}</span>`;
}

export function contactCells(contact: Contact): string {
	const who = [contact.name, contact.role, contact.organisation].filter(Boolean).join(', ') || contact.raw;
	const emails = contact.emails.map(email => linkHtml(`mailto:${email}`, email)).join(', ');
	const phones = contact.phones.map(phone => linkHtml(`tel:${phone.replace(/[^\d+]/g, '')}`, phone)).join(', ');
	return `<td>${isolatedText(who)}</td><td>${emails}</td><td>${phones}</td>`;
}

function header(clip: Clip): string {
	const kicker = [clip.publisher, clip.documentType].filter(Boolean).map(isolatedText).join(' · ');
	const dates = [
		clip.publishedAt && `Published ${formatDay(clip.publishedAt) || escapeHtml(clip.publishedAt)}`,
		clip.updatedAt && clip.updatedAt !== clip.publishedAt && `Updated ${formatDay(clip.updatedAt) || escapeHtml(clip.updatedAt)}`,
	].filter(Boolean).join(' · ');
	const source = clipSource(clip);
	return [
		'<header class="source-header">',
		kicker && `<p class="kicker">${kicker}</p>`,
		`<h1>${isolatedText(clip.title)}</h1>`,
		dates && `<p class="dates">${dates}</p>`,
		`<p class="source-url">${source ? linkHtml(source, source) : isolatedText(clip.canonicalUrl || clip.url)}</p>`,
		`<p class="clipped">Clipped on ${formatDay(clip.clippedAt)} with GovClip</p>`,
		'</header>',
	].filter(Boolean).join('\n');
}

function contactsSection(contacts: Contact[]): string {
	if (contacts.length === 0) {
		return '';
	}
	return ['<section class="contacts">', '<h2>Contacts</h2>', '<table>',
		'<thead><tr><th scope="col">Name</th><th scope="col">Email</th><th scope="col">Phone</th></tr></thead>',
		`<tbody>${contacts.map(contact => `<tr>${contactCells(contact)}</tr>`).join('\n')}</tbody>`,
		'</table>', '</section>'].join('\n');
}

function linkSections(clip: Clip): string {
	return linkGroups(clip).map(([heading, links]) => {
		const items = links.map(link => `<li>${isolatedText(link.label)}${link.details ? ` (${isolatedText(link.details)})` : ''}${linkHtml(link.href, link.href, 'url')}</li>`);
		return `<section class="links">\n<h2>${heading}</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
	}).join('\n');
}

/**
 * The body sanitised again, its links numbered as in the print view, and the notes after it. The numbering works
 * on the DOM of the stable sanitised HTML, and its output is sanitised once more: what is written is sanitiser output.
 */
function bodyWithNotes(contentHtml: string, sanitizer: Sanitizer): string {
	const fragment = sanitizer.toFragment(sanitizer.toHtml(contentHtml));
	const notes = numberLinks(fragment);
	const holder = fragment.ownerDocument.createElement('div');
	holder.append(fragment);
	const body = `<div class="article-body">${sanitizer.toHtml(holder.innerHTML)}</div>`;
	if (notes.length === 0) {
		return body;
	}
	const items = notes.map(note => `<li value="${note.number}">${isolatedText(note.label)}${linkHtml(note.href, note.address, 'url')}</li>`);
	return `${body}\n<section class="endnotes">\n<h2>Links in the text</h2>\n<ol>\n${items.join('\n')}\n</ol>\n</section>`;
}

/** The article: a source header, the body (links as numbered notes) sanitised again through the injected Sanitizer, contacts, links. */
export function clipArticleHtml(clip: Clip, sanitizer: Sanitizer): string {
	return [
		`<article class="print-clip"${langAttribute(clip.language)}>`,
		header(clip),
		bodyWithNotes(clip.contentHtml, sanitizer),
		contactsSection(clip.contacts),
		linkSections(clip),
		'</article>',
	].filter(Boolean).join('\n');
}
