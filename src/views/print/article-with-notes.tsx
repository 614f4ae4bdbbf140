/** The article for paper: sanitised, each link followed by a superscript number, the numbered addresses after it. */
import {useLayoutEffect, useMemo, useRef} from 'preact/hooks';
import {numberLinks, type Endnote} from '../../core/export/link-endnotes.ts';
import type {Sanitizer} from '../../core/sanitize/sanitizer.ts';
import {t} from '../../ui/i18n.ts';

/** Sanitised DOM with its links numbered, or null without a sanitiser (the article is then shown as text). */
function prepare(html: string, sanitizer: Sanitizer | null): {fragment: DocumentFragment | null; notes: Endnote[]} {
	if (!sanitizer) {
		return {fragment: null, notes: []};
	}
	const fragment = sanitizer.toFragment(html);
	return {fragment, notes: numberLinks(fragment)};
}

export function ArticleWithNotes({html, sanitizer}: {html: string; sanitizer: Sanitizer | null}) {
	const ref = useRef<HTMLDivElement>(null);
	const {fragment, notes} = useMemo(() => prepare(html, sanitizer), [html, sanitizer]);
	useLayoutEffect(() => {
		const element = ref.current;
		if (!element) {
			return;
		}
		if (fragment) {
			element.replaceChildren(fragment.cloneNode(true)); // a clone: inserting a fragment empties it
		} else {
			// Fail closed: without a working sanitiser the article is shown as text, not HTML.
			element.textContent = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
		}
	}, [fragment, html]);
	return (
		<>
			<div ref={ref} class="article-body"/>
			{notes.length > 0 && (
				// Not a named region: a pack has one per item, and landmarks must differ by name.
				<section class="endnotes">
					<h2>{t('linksInline')}</h2>
					<ol>
						{notes.map(note => (
							<li key={note.number} value={note.number}>
								{note.label}
								<span class="url">{note.address}</span>
							</li>
						))}
					</ol>
				</section>
			)}
		</>
	);
}
