/** Where a link goes: resolved against `<base href>`, and whether it leads anywhere a reader would keep. */
import {tagged} from './page-structure.ts';

const SHARE_PATH = /\/(?:sharer|share|sharearticle|intent|submit|pin\/create|spi\/shares|send)(?:[./?]|$)|\/app\/user\?op=share/i;
const SOCIAL_HOST = /(?:^|\.)(?:facebook|twitter|x|linkedin|instagram|youtube|youtu|flickr|pinterest|tiktok|xing|whatsapp|wa|telegram|t|threads|mastodon|bsky|reddit|tumblr|vk|snapchat|soundcloud|vimeo)\.(?:com|me|be|net|social|app|org|de)$/i;
const LOGIN_PATH = /\/(?:log-?in|log-?out|sign-?in|sign-?out|sign-?up|register|account|my-account|anmelden|abmelden)(?:[/?#.]|$)/i;

/** The document's base: `<base href>` resolved against the page URL, else the page URL. Read before Readability runs. */
export function documentBase(doc: Document, url: string): string {
	const base = tagged(doc, 'BASE').find(element => element.hasAttribute('href'))?.getAttribute('href')?.trim();
	if (!base) {
		return url;
	}
	return resolveHref(base, url) ?? url;
}

/** An absolute http(s) URL, or null for anything else (javascript:, mailto:, tel:, data:, unparseable). */
export function resolveHref(href: string, base: string): string | null {
	try {
		const url = new URL(href.trim(), base || undefined);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
	} catch {
		return null;
	}
}

/** A link back to the page itself: a bare anchor, "Share" to its own URL, or a same-page fragment. */
export function isSamePage(rawHref: string, href: string, pageUrl: string): boolean {
	if (rawHref.trim().startsWith('#') || rawHref.trim() === '') {
		return true;
	}
	let target: URL;
	let page: URL;
	try {
		target = new URL(href);
		page = new URL(pageUrl);
	} catch {
		return false;
	}
	const samePath = target.host === page.host && target.pathname.replace(/\/$/, '') === page.pathname.replace(/\/$/, '');
	// With a fragment, the query is usually a CMS navigation parameter ("?nn=4969076#inh").
	return samePath && (target.hash !== '' || target.search === page.search);
}

/** Share buttons, social profiles and account pages: never related content. */
export function isFurnitureTarget(href: string): boolean {
	let url: URL;
	try {
		url = new URL(href);
	} catch {
		return true;
	}
	const host = url.hostname.replace(/^www\./, '');
	if (SHARE_PATH.test(url.pathname + url.search) && (SOCIAL_HOST.test(host) || /share|sharer/i.test(url.pathname))) {
		return true;
	}
	// A social network's profile or channel page (short paths) is a follow button; a video or post may be cited content.
	if (SOCIAL_HOST.test(host) && !/\/(?:watch|status|posts?|videos?|p|reel|embed)\b/.test(url.pathname) && !url.searchParams.has('v')) {
		return true;
	}
	// Cloudflare's protected address: an email, not a page.
	return LOGIN_PATH.test(url.pathname) || url.pathname.startsWith('/cdn-cgi/l/email-protection');
}

/**
 * Makes the article's link and image addresses absolute. A browser's copy of the page resolves them through
 * Readability, but only when the document knows its own address; the sanitiser drops any that stay relative.
 */
export function absolutizeUrls(root: Element, base: string): void {
	for (const [tag, attribute] of [['a', 'href'], ['img', 'src']] as const) {
		for (const element of root.getElementsByTagName(tag)) {
			const raw = element.getAttribute(attribute);
			if (raw === null || raw.trim() === '' || raw.trim().startsWith('#')) {
				continue; // A same-page anchor stays as it is, as Readability leaves it
			}
			const resolved = resolveHref(raw, base);
			if (resolved && resolved !== raw) {
				element.setAttribute(attribute, resolved);
			}
		}
	}
}
