/** One clip in full: source header, sanitised article, and a side panel with contacts, links, tags, note and versions. */
import {useEffect, useState} from 'preact/hooks';
import type {Sanitizer} from '../../core/sanitize/sanitizer.ts';
import type {Clip, ClipLink} from '../../shared/types.ts';
import {CopyButton} from '../../ui/copy-button.tsx';
import {formatDate} from '../../ui/format.ts';
import {t, type MessageKey} from '../../ui/i18n.ts';
import {SafeHtml} from '../../ui/safe-html.tsx';
import type {LibraryApi, VersionSummary} from './library-api.ts';
import {TagEditor} from './tag-editor.tsx';

// Message keys, looked up at render time (after the entry file has set the locale).
const LINK_GROUPS: [ClipLink['kind'], MessageKey][] = [['source', 'linksSource'], ['attachment', 'linksAttachment'], ['related', 'linksRelated']];

export function Reader({clip, api, sanitizer, onChanged}: {clip: Clip; api: LibraryApi; sanitizer: Sanitizer | null; onChanged(): void}) {
	const [versions, setVersions] = useState<VersionSummary[]>([]);
	const [note, setNote] = useState(clip.note);
	useEffect(() => {
		setNote(clip.note);
		api.versions(clip.id).then(setVersions, () => setVersions([]));
	}, [clip.id, clip.version]);

	return (
		<div class="reader">
			<article class="reader-article" aria-labelledby="reader-title">
				<header class="source-header">
					<p class="kicker">{[clip.publisher, clip.documentType].filter(Boolean).join(' · ')}</p>
					<h1 id="reader-title">{clip.title}</h1>
					<p class="dates">
						{clip.publishedAt && <>{t('published')} <time dateTime={clip.publishedAt}>{formatDate(clip.publishedAt)}</time></>}
						{clip.updatedAt && clip.updatedAt !== clip.publishedAt && <> · {t('updated')} <time dateTime={clip.updatedAt}>{formatDate(clip.updatedAt)}</time></>}
					</p>
					<p><a href={clip.canonicalUrl} target="_blank" rel="noopener noreferrer">{clip.canonicalUrl}</a></p>
					<p class="muted">{clip.version > 1 ? t('clippedOnVersion', formatDate(clip.clippedAt), clip.version) : t('clippedOn', formatDate(clip.clippedAt))}</p>
				</header>
				<SafeHtml html={clip.contentHtml} sanitizer={sanitizer} class="article-body"/>
			</article>
			<aside class="side-panel" aria-label={t('aboutThisClip')}>
				<section>
					<h2>{t('tags')}</h2>
					<TagEditor tags={clip.tags} onChange={tags => void api.updateClip(clip.id, {tags}).then(onChanged)}/>
				</section>
				<section>
					<h2><label for="clip-note">{t('note')}</label></h2>
					<textarea id="clip-note" rows={3} value={note} onInput={event => setNote(event.currentTarget.value)}
						onBlur={() => note !== clip.note && void api.updateClip(clip.id, {note}).then(onChanged)}/>
				</section>
				<section>
					<h2>{t('contacts')}</h2>
					{clip.contacts.length === 0 ? <p class="muted">{t('noContacts')}</p> : (
						<ul class="contacts-list">
							{clip.contacts.map((contact, index) => (
								<li key={index}>
									<strong>{contact.name ?? contact.organisation ?? t('contact')}</strong>
									{contact.role && <div class="muted">{contact.role}</div>}
									{contact.name && contact.organisation && <div class="muted">{contact.organisation}</div>}
									{contact.emails.map(email => (
										<div key={email} class="contact-line"><a href={`mailto:${email}`}>{email}</a> <CopyButton value={email} label={email}/></div>
									))}
									{contact.phones.map(phone => (
										<div key={phone} class="contact-line"><a href={`tel:${phone}`}>{phone}</a> <CopyButton value={phone} label={phone}/></div>
									))}
								</li>
							))}
						</ul>
					)}
				</section>
				{LINK_GROUPS.map(([kind, heading]) => {
					const links = clip.links.filter(link => link.kind === kind);
					return links.length > 0 && (
						<section key={kind}>
							<h2>{t(heading)}</h2>
							<ul class="link-list">
								{links.map(link => (
									<li key={link.href}>
										<a href={link.href} target="_blank" rel="noopener noreferrer">{link.label}</a>
										{link.details && <span class="muted"> ({link.details})</span>}
									</li>
								))}
							</ul>
						</section>
					);
				})}
				{versions.length > 0 && (
					<section>
						<h2>{t('earlierVersions')}</h2>
						<ul class="versions">
							{versions.map(version => (
								<li key={version.id}>
									<strong>{t('versionNumber', version.version)}</strong>{t('versionReplaced', formatDate(version.supersededAt))}
									<ul>{version.changes.map(change => <li key={change}>{change}</li>)}</ul>
								</li>
							))}
						</ul>
					</section>
				)}
			</aside>
		</div>
	);
}
