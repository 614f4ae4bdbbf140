/** Renders stored clip HTML as a sanitised DOM fragment, never through an HTML-string property. */
import {useLayoutEffect, useRef} from 'preact/hooks';
import type {Sanitizer} from '../core/sanitize/sanitizer.ts';

export function SafeHtml({html, sanitizer, class: className}: {html: string; sanitizer: Sanitizer | null; class?: string}) {
	const ref = useRef<HTMLDivElement>(null);
	useLayoutEffect(() => {
		const element = ref.current;
		if (!element) {
			return;
		}
		if (sanitizer) {
			element.replaceChildren(sanitizer.toFragment(html));
		} else {
			// Fail closed: without a working sanitiser the article is shown as text, not HTML.
			element.textContent = new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '';
		}
	}, [html, sanitizer]);
	return <div ref={ref} class={className}/>;
}
