/** Standalone HTML files: one clip, or a briefing pack, each a single file with its CSS inline and a strict CSP. */
import type {Sanitizer} from '../sanitize/sanitizer.ts';
import type {Clip} from '../../shared/types.ts';
import {clipArticleHtml, contactCells, langAttribute} from './clip-article-html.ts';
import {escapeHtml, isolatedText} from './escape-html.ts';
import {formatDay} from './format-day.ts';
import {mergeContacts} from './merge-contacts.ts';
import {EXPORT_CSS, PRINT_CSS} from './print-css.ts';

/**
 * Nothing in the file may run or load: no script, no remote style, font, frame or image, no form target, no
 * <base>. Only inline CSS and inline raster images. As a meta tag it must come before anything it protects.
 */
export const EXPORT_CSP = 'default-src \'none\'; style-src \'unsafe-inline\'; img-src data:; base-uri \'none\'; form-action \'none\'';

export type HtmlExportOptions = {now: number; sanitizer: Sanitizer; title?: string};

function htmlDocument(title: string, lang: string, body: string): string {
	return `<!doctype html>
<html${lang}>
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${EXPORT_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="GovClip">
<title>${escapeHtml(title)}</title>
<style>
${PRINT_CSS}
${EXPORT_CSS}</style>
</head>
<body class="print-page">
<main id="app">
${body}
</main>
</body>
</html>
`;
}

export function clipToHtml(clip: Clip, {sanitizer}: HtmlExportOptions): string {
	return htmlDocument(clip.title || 'Untitled', langAttribute(clip.language), clipArticleHtml(clip, sanitizer));
}

function cover(clips: Clip[], title: string, now: number, hasAppendix: boolean): string {
	const entries = clips.map((clip, index) => {
		const details = [clip.publisher, formatDay(clip.publishedAt)].filter(Boolean).join(', ');
		return `<li><a href="#item-${index + 1}">${isolatedText(clip.title || 'Untitled')}</a>${details ? `<span class="muted"> — ${isolatedText(details)}</span>` : ''}</li>`;
	});
	if (hasAppendix) {
		entries.push('<li><a href="#contacts">Contacts appendix</a></li>');
	}
	return ['<section class="cover">', '<p class="kicker">Briefing pack</p>',
		`<h1 class="pack-title">${isolatedText(title)}</h1>`,
		`<p>${formatDay(now)} · ${clips.length} ${clips.length === 1 ? 'item' : 'items'}</p>`,
		'<nav aria-label="Contents" class="toc">', '<h2>Contents</h2>', `<ol>\n${entries.join('\n')}\n</ol>`, '</nav>', '</section>',
	].join('\n');
}

function appendix(clips: Clip[]): string {
	const contacts = mergeContacts(clips);
	if (contacts.length === 0) {
		return '';
	}
	const rows = contacts.map(contact => {
		const items = contact.items.map(item => `<a href="#item-${item}">${item}</a>`).join(', ');
		return `<tr>${contactCells(contact)}<td>${items}</td></tr>`;
	});
	return ['<section id="contacts" class="pack-item contacts-appendix">', '<h1>Contacts appendix</h1>', '<table>',
		'<thead><tr><th scope="col">Contact</th><th scope="col">Email</th><th scope="col">Phone</th><th scope="col">Items</th></tr></thead>',
		`<tbody>\n${rows.join('\n')}\n</tbody>`, '</table>', '</section>'].join('\n');
}

/** A cover (title, date, number of items) with contents, each clip from a new page, one de-duplicated contacts appendix. */
export function packToHtml(clips: Clip[], {now, sanitizer, title = 'Government news briefing'}: HtmlExportOptions): string {
	const contactsAppendix = appendix(clips);
	const items = clips.map((clip, index) => `<section id="item-${index + 1}" class="pack-item">\n${clipArticleHtml(clip, sanitizer)}\n</section>`);
	const body = ['<div class="briefing-pack">', cover(clips, title, now, contactsAppendix !== ''), ...items, contactsAppendix, '</div>'];
	return htmlDocument(title, ' lang="en"', body.filter(Boolean).join('\n'));
}
