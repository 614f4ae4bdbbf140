/** Several clips as one document: a cover with an editable title, a table of contents, a clip per page, one contacts appendix. */
import type {Sanitizer} from '../../core/sanitize/sanitizer.ts';
import type {Clip, Contact} from '../../shared/types.ts';
import {formatDate} from '../../ui/format.ts';
import {PrintView} from './print-view.tsx';

/** The same person or desk often appears on several items: list each once, keyed by email or phone. */
export function mergeContacts(clips: readonly Clip[]): (Contact & {sources: string[]})[] {
	const byKey = new Map<string, Contact & {sources: string[]}>();
	for (const clip of clips) {
		for (const contact of clip.contacts) {
			const key = contact.emails[0]?.toLowerCase() ?? contact.phones[0] ?? contact.raw;
			const known = byKey.get(key);
			if (known) {
				known.sources.push(clip.title);
			} else {
				byKey.set(key, {...contact, sources: [clip.title]});
			}
		}
	}
	return [...byKey.values()];
}

export function BriefingPack({clips, sanitizer, now}: {clips: Clip[]; sanitizer: Sanitizer | null; now: number}) {
	const contacts = mergeContacts(clips);
	return (
		<div class="briefing-pack">
			<section class="cover">
				<p class="kicker">Briefing pack</p>
				<h1 contentEditable aria-label="Pack title (editable)" class="pack-title">Government news briefing</h1>
				<p>{formatDate(now)} · {clips.length} items</p>
				<nav aria-label="Contents" class="toc">
					<h2>Contents</h2>
					<ol>
						{clips.map(clip => (
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
					<h1>Contacts appendix</h1>
					<table>
						<thead><tr><th scope="col">Contact</th><th scope="col">Email</th><th scope="col">Phone</th><th scope="col">Items</th></tr></thead>
						<tbody>
							{contacts.map((contact, index) => (
								<tr key={index}>
									<td>{[contact.name, contact.role, contact.organisation].filter(Boolean).join(', ') || contact.raw}</td>
									<td>{contact.emails.join(', ')}</td>
									<td>{contact.phones.join(', ')}</td>
									<td>{contact.sources.join('; ')}</td>
								</tr>
							))}
						</tbody>
					</table>
				</section>
			)}
		</div>
	);
}
