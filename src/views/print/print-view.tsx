/**
 * One clip laid out for paper: a source header, the article with its links as numbered notes, contacts, then
 * every other link with its URL in full.
 */
import type {Sanitizer} from '../../core/sanitize/sanitizer.ts';
import type {Clip, ClipLink} from '../../shared/types.ts';
import {formatDate} from '../../ui/format.ts';
import {t, type MessageKey} from '../../ui/i18n.ts';
import {ArticleWithNotes} from './article-with-notes.tsx';

// Message keys, looked up at render time (after the entry file has set the locale).
const LINK_HEADINGS: Record<ClipLink['kind'], MessageKey> = {
	source: 'linksSource',
	attachment: 'linksAttachment',
	related: 'linksRelated',
	inline: 'linksInline',
};

export function PrintView({clip, sanitizer}: {clip: Clip; sanitizer: Sanitizer | null}) {
	const dates = [
		clip.publishedAt && t('publishedOn', formatDate(clip.publishedAt)),
		clip.updatedAt && clip.updatedAt !== clip.publishedAt && t('updatedOn', formatDate(clip.updatedAt)),
	].filter(Boolean).join(' · ');
	return (
		<article class="print-clip" data-testid="print-clip">
			<header class="source-header">
				<p class="kicker">{[clip.publisher, clip.documentType].filter(Boolean).join(' · ')}</p>
				<h1>{clip.title}</h1>
				{dates && <p class="dates">{dates}</p>}
				<p class="source-url">{clip.canonicalUrl}</p>
				<p class="clipped">{t('clippedWithGovClip', formatDate(clip.clippedAt))}</p>
			</header>
			<ArticleWithNotes html={clip.contentHtml} sanitizer={sanitizer}/>
			{clip.contacts.length > 0 && (
				<section class="contacts">
					<h2>{t('contacts')}</h2>
					<table>
						<thead><tr><th scope="col">{t('columnName')}</th><th scope="col">{t('columnEmail')}</th><th scope="col">{t('columnPhone')}</th></tr></thead>
						<tbody>
							{clip.contacts.map((contact, index) => (
								<tr key={index}>
									<td>{[contact.name, contact.role, contact.organisation].filter(Boolean).join(', ') || contact.raw}</td>
									<td>{contact.emails.join(', ')}</td>
									<td>{contact.phones.join(', ')}</td>
								</tr>
							))}
						</tbody>
					</table>
				</section>
			)}
			{(['source', 'attachment', 'related'] as const).map(kind => {
				const links = clip.links.filter(link => link.kind === kind);
				return links.length > 0 && (
					<section class="links" key={kind}>
						<h2>{t(LINK_HEADINGS[kind])}</h2>
						<ol>
							{links.map(link => (
								<li key={link.href}>
									{/* A link printed as its own address needs no label above it. */}
									{link.label !== link.href && <>{link.label}{link.details ? ` (${link.details})` : ''}</>}
									<span class="url">{link.href}</span>
								</li>
							))}
						</ol>
					</section>
				);
			})}
		</article>
	);
}
