/**
 * The one sanitising path for clip HTML: content script before sending, extension pages at every render,
 * exports before writing. Pages are hostile and Readability does not sanitise.
 * Pure: the window DOMPurify works in is passed in (the page's window, an extension page's, or jsdom's in Node).
 */
import createDOMPurify, {type Config, type DOMPurify, type WindowLike} from 'dompurify';
import {AppError} from '../../shared/errors.ts';

/** Strict configuration, measured on Readability's 130 test pages: all text kept, no executable construct. */
export const CLIP_PURIFY_CONFIG: Config = {
	USE_PROFILES: {html: true}, // no SVG or MathML: namespace-confusion mXSS
	FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'option', 'template', 'iframe', 'object', 'embed', 'link', 'meta', 'base'],
	FORBID_ATTR: ['style', 'srcset', 'action', 'formaction', 'ping', 'background', 'poster'],
	ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|tel:|#)/i,
	// DOMPurify tests every attribute it does not know to be URL-free against ALLOWED_URI_REGEXP, which a strict one
	// fails for any plain value: without these, tables lost their merged cells, lists their numbering and text its
	// language. Their values are never fetched or run. target and rel are the hooks' own, kept where they stand so a
	// second pass leaves them in place.
	ADD_ATTR: ['target'],
	ADD_URI_SAFE_ATTR: ['colspan', 'rowspan', 'headers', 'scope', 'span', 'start', 'reversed', 'type', 'lang', 'dir', 'datetime', 'hreflang', 'rel', 'target'],
	SANITIZE_NAMED_PROPS: true, // prefixes id/name so stored HTML cannot clobber globals of our pages
};

export type SanitizerOptions = {
	/** Off by default: remote images are tracking pixels as often as figures. */
	loadRemoteImages?: boolean;
};

export type Sanitizer = {
	/** Sanitised HTML as a string, for storage and exported files. */
	toHtml(html: string): string;
	/** Sanitised DOM, for rendering in extension pages: no HTML-string sink. */
	toFragment(html: string): DocumentFragment;
};

const MAX_EXTRA_PASSES = 3;

/** What SANITIZE_NAMED_PROPS puts before every id and name, unless the value already starts with it. */
const NAMED_PROPS_PREFIX = 'user-content-';

const SAFE_DATA_IMAGE = /^data:image\/(?:png|gif|jpe?g|webp|avif);/i;

// Run once per sanitiser: some DOM implementations report support but let scripts through. No inline event handler
// here (neither onerror nor onclick): Chromium reports one parsed even in an inert document as a CSP violation of the extension page, and such
// reports must stay a signal of real trouble.
const CANARY = '<p>ok</p><img src="https://x.test/a.png" style="color:red" srcset="https://x.test/b.png 2x"><script>alert(2)</script><a href="javascript:alert(3)">x</a>';

export function createSanitizer(window: WindowLike, {loadRemoteImages = false}: SanitizerOptions = {}): Sanitizer {
	const purify: DOMPurify = createDOMPurify(window);
	if (!purify.isSupported) {
		throw new AppError('SANITIZER_UNAVAILABLE');
	}
	// DOMPurify lets data: URIs through on media tags; keep only inline raster images, which cannot run script.
	purify.addHook('uponSanitizeAttribute', (node, data) => {
		if (data.attrName === 'is' && data.attrValue === '') {
			// An `is` attribute names a customised built-in element. DOMPurify empties it in a string (the serialiser would
			// write the name back otherwise) and removes the element, text and all, from a fragment: so the reader would
			// drop every stored link a page had marked so. Empty, it names nothing and can stay.
			data.forceKeepAttr = true;
			return;
		}
		if ((data.attrName === 'src' || data.attrName === 'href') && /^\s*data:/i.test(data.attrValue)
			&& !(node.nodeName === 'IMG' && data.attrName === 'src' && SAFE_DATA_IMAGE.test(data.attrValue))) {
			data.keepAttr = false;
		}
	});
	// These attribute edits (and DOMPurify's id prefix) are the only changes to a clean input; see toHtml.
	purify.addHook('afterSanitizeAttributes', node => {
		const name = node.nodeName; // one read: the hook runs for every node of the page
		if ((name === 'A' || name === 'AREA') && node.hasAttribute('href')) {
			node.setAttribute('target', '_blank');
			node.setAttribute('rel', 'noopener noreferrer');
		} else if (name === 'IMG' && !loadRemoteImages) {
			const src = node.getAttribute('src') ?? '';
			if (src !== '' && !src.startsWith('data:')) {
				node.setAttribute('data-src', src);
				node.removeAttribute('src');
			}
		}
	});
	// The tree DOMPurify parsed from toHtml's input, serialised before the walk changes it: the walk's first node is
	// the root it parsed into.
	let parsedInput: string | null = null;
	let awaitingRoot = false;
	purify.addHook('beforeSanitizeElements', node => {
		if (awaitingRoot) {
			awaitingRoot = false;
			parsedInput = (node as Element).innerHTML;
		}
	});
	const canary = purify.sanitize(CANARY, CLIP_PURIFY_CONFIG);
	if (/style=|srcset|<script|javascript:/i.test(canary) || !canary.includes('<p>ok</p>')) {
		throw new AppError('SANITIZER_UNAVAILABLE');
	}
	// What DOMPurify's next pass would start from: `output` parsed as it parses input, serialised again.
	const reparsed = (output: string): string => {
		const body = new (window as unknown as {DOMParser: typeof DOMParser}).DOMParser().parseFromString(output, 'text/html').body;
		return (/^[\r\n\t ]+/.exec(output)?.[0] ?? '') + body.innerHTML;
	};
	return {
		toHtml: html => {
			// Removing nodes can leave markup that parses into another tree (a heading inside a heading, say), and so
			// can some trees the parser itself builds (an <a> foster-parented into another <a> out of a table):
			// sanitise until the output is stable, so what is stored is exactly what every later render sees.
			awaitingRoot = true;
			parsedInput = null;
			let output = purify.sanitize(html, CLIP_PURIFY_CONFIG);
			awaitingRoot = false;
			if (cleanAndParserMade(html, parsedInput, purify.removed.length)) {
				return output;
			}
			// A pass over a tree it has already cleaned changes nothing, so when the output parses back into
			// itself the extra pass is skipped.
			for (let pass = 0; pass < MAX_EXTRA_PASSES && reparsed(output) !== output; pass++) {
				const again = purify.sanitize(output, CLIP_PURIFY_CONFIG);
				if (again === output) {
					break;
				}
				output = again;
			}
			return output;
		},
		toFragment: html => purify.sanitize(html, {...CLIP_PURIFY_CONFIG, RETURN_DOM_FRAGMENT: true}),
	};
}

/**
 * Whether the first pass's output is already stable without parsing it again (about a fifth of the sanitiser's time
 * on a big page): the input is the serialisation of its own parse, and DOMPurify removed nothing from that tree. The
 * output then differs from the input only in attributes (the hooks' link and image attributes, the id and name
 * prefix), and the parser builds the same tree whatever those are. Its one rule that compares attributes, which drops
 * the earliest of three identical formatting elements, cannot see them: there is never more than one open <a> to
 * compare, <area> and <img> are void, and the prefix maps ids one to one unless one already carries it, which sends
 * the input the long way.
 */
function cleanAndParserMade(input: string, parsedInput: string | null, removedCount: number): boolean {
	return parsedInput === input && removedCount === 0 && !input.includes(NAMED_PROPS_PREFIX);
}
