/** Several clips as one document: a cover with an editable title, a table of contents, a clip per page, one contacts appendix. */
import type {Sanitizer} from '../../core/sanitize/sanitizer.ts';
import type {Clip} from '../../shared/types.ts';
import {mergeContacts} from '../../core/export/merge-contacts.ts';
import {formatDate, plural} from '../../ui/format.ts';
import {t} from '../../ui/i18n.ts';
import {PrintView} from './print-view.tsx';

export function BriefingPack({clips, sanitizer, now}: {clips: Clip[]; sanitizer: Sanitizer | null; now: number}) {
	const contacts = mergeContacts(clips);
	return (
		<div class="briefing-pack">
			<section class="cover">
				<p class="kicker">{t('briefingPack')}</p>
				<h1 contentEditable aria-label={t('packTitle')} class="pack-title">{t('packTitleDefault')}</h1>
				<p>{formatDate(now)} · {plural(clips.length, 'itemCountOne', 'itemCountMany')}</p>
				<nav aria-label={t('contents')} class="toc">
					<h2>{t('contents')}</h2>
					<ol>
						{clips.map(clip => ( // numbered as the contacts appendix refers to them
							<li key={clip.id}>
								<a href={`#clip-${clip.id}`}>{clip.title}</a>
								<span class="muted"> — {[clip.publisher, formatDate(clip.publishedAt)].filter(Boolean).join(', ')}</span>
							</li>
						))}
					</ol>
				</nav>
			</section>
			{clips.map(clip => (
				<section key={clip.id} id={`clip-${clip.id}`} class="pack-item">
					<PrintView clip={clip} sanitizer={sanitizer}/>
				</section>
			))}
			{contacts.length > 0 && (
				<section class="pack-item contacts-appendix">
					<h1>{t('contactsAppendix')}</h1>
					<table>
						<thead><tr><th scope="col">{t('columnContact')}</th><th scope="col">{t('columnEmail')}</th><th scope="col">{t('columnPhone')}</th><th scope="col">{t('columnItems')}</th></tr></thead>
						<tbody>
							{contacts.map((contact, index) => (
								<tr key={index}>
									<td>{[contact.name, contact.role, contact.organisation].filter(Boolean).join(', ') || contact.raw}</td>
									<td>{contact.emails.join(', ')}</td>
									<td>{contact.phones.join(', ')}</td>
									<td>{contact.items.join(', ')}</td>
								</tr>
							))}
						</tbody>
					</table>
				</section>
			)}
		</div>
	);
}
