/**
 * Copies of a web page for extraction: Readability rewrites the tree it is given, so it never gets the live page.
 * A copy is made in the page (a clone, or a document of the selection) or, where reading the page's own nodes is slow,
 * sent out as HTML and parsed again where extraction runs (`serializePage`, `parsePage`).
 * Every DOM call here goes through the realm's own prototypes: page markup can shadow a document's properties.
 */
import type {PackedHtml} from '../shared/messages.ts';

/** The DOM classes of a window (a realm's own prototypes, which page markup cannot shadow). */
type DomClasses = {Document: typeof Document; Element: typeof Element; Node: typeof Node; DOMParser: typeof DOMParser};
const domClasses = (window: Window) => window as unknown as DomClasses;

/** A copy of the page for Readability, cloned through the realm's own prototype and with clobbering defused. */
export function copyOf(page: Document, window: Window): Document {
	const copy = domClasses(window).Node.prototype.cloneNode.call(page, true) as Document;
	defuseClobbering(copy, window);
	return copy;
}

/**
 * A deep copy of the page, to be written out as HTML and parsed again elsewhere (`parsePage`). A copy has no browsing
 * context, so scripting is off for it, as it is for DOMParser: its <noscript> text is written escaped and reads back
 * as the same text (the live page writes it raw, and "<noscript><!-- </noscript>" would then swallow the rest). In
 * the head, though, a parser with scripting off ends the head at such text: the head's <noscript> elements, which
 * hold only tracking pixels and fallback styles, are left out of the copy.
 */
export function snapshotCopy(page: Document, window: Window): Document {
	return withoutHeadNoscript(domClasses(window).Node.prototype.cloneNode.call(page, true) as Document, window);
}

/**
 * The page as HTML for `parsePage`, as its copy (`snapshotCopy`) writes it. Only <noscript> text is written otherwise
 * by the live page: a page without <noscript> elements is written as it stands, without copying its tree first.
 */
export function snapshotHtml(page: Document, window: Window): string {
	const hasNoscript = domClasses(window).Document.prototype.getElementsByTagName.call(page, 'noscript').length > 0;
	return serializePage(hasNoscript ? snapshotCopy(page, window) : page, window);
}

/** Removes the head's <noscript> elements from a copy (see `snapshotCopy`), and returns it. */
export function withoutHeadNoscript(copy: Document, window: Window): Document {
	const {Document: DocumentClass, Node: NodeClass} = domClasses(window);
	for (const noscript of Array.from(DocumentClass.prototype.querySelectorAll.call(copy, 'head > noscript'))) {
		NodeClass.prototype.removeChild.call(Object.getOwnPropertyDescriptor(NodeClass.prototype, 'parentNode')!.get!.call(noscript) as Node, noscript);
	}
	return copy;
}

/**
 * Named form controls and named images shadow DOM properties: in `<form><input name="parentNode"></form>`,
 * `form.parentNode` is the input, whose parent is the form again, so Readability's walk up the tree never ends and the
 * tab hangs. In the copy, forms become plain containers (their controls are never clipped) and any name or id that
 * shadows a property of the document is dropped. Only the prototypes' own methods are used here, for the same reason.
 */
export function defuseClobbering(copy: Document, window: Window): void {
	const {Document: DocumentClass, Element: ElementClass, Node: NodeClass} = domClasses(window);
	const byTag = (tag: string) => Array.from(DocumentClass.prototype.getElementsByTagName.call(copy, tag));
	const childNodes = Object.getOwnPropertyDescriptor(NodeClass.prototype, 'childNodes')!.get!;
	for (const form of byTag('form')) {
		const container = DocumentClass.prototype.createElement.call(copy, 'div');
		ElementClass.prototype.append.call(container, ...Array.from(childNodes.call(form) as NodeListOf<ChildNode>));
		ElementClass.prototype.replaceWith.call(form, container);
	}
	for (const element of Array.from(DocumentClass.prototype.querySelectorAll.call(copy, '[name], [id]'))) {
		for (const attribute of ['name', 'id']) {
			const value = ElementClass.prototype.getAttribute.call(element, attribute);
			if (value && value in DocumentClass.prototype) {
				ElementClass.prototype.removeAttribute.call(element, attribute);
			}
		}
	}
}

/**
 * A document holding the page's head (its metadata) and, as its body, what the person selected; null when nothing
 * is selected. Only the head and the selection are copied, so a selection on a huge page stays cheap.
 */
export function selectionCopy(page: Document, window: Window): Document | null {
	const selection = window.getSelection();
	if (!selection || selection.isCollapsed || selection.rangeCount === 0) {
		return null;
	}
	const {Document: DocumentClass, Element: ElementClass, Node: NodeClass} = domClasses(window);
	const clone = <T extends Node>(node: T, deep: boolean) => NodeClass.prototype.cloneNode.call(node, deep) as T;
	const read = <T>(name: 'documentElement' | 'head') => Object.getOwnPropertyDescriptor(DocumentClass.prototype, name)?.get?.call(page) as T | null;
	const copy = clone(page, false); // keeps the page's address, type and encoding
	const root = read<HTMLElement>('documentElement');
	const html = root ? clone(root, false) : DocumentClass.prototype.createElement.call(copy, 'html');
	NodeClass.prototype.appendChild.call(copy, html);
	const head = read<HTMLHeadElement>('head');
	NodeClass.prototype.appendChild.call(html, head ? clone(head, true) : DocumentClass.prototype.createElement.call(copy, 'head'));
	const body = DocumentClass.prototype.createElement.call(copy, 'body');
	const article = DocumentClass.prototype.createElement.call(copy, 'article');
	for (let index = 0; index < selection.rangeCount; index++) {
		ElementClass.prototype.append.call(article, DocumentClass.prototype.importNode.call(copy, selection.getRangeAt(index).cloneContents(), true));
	}
	NodeClass.prototype.appendChild.call(body, article);
	NodeClass.prototype.appendChild.call(html, body);
	// The selection came from the live page: defuse what it brought into the copy too.
	defuseClobbering(copy, window);
	return copy;
}

/** A document as HTML, root element and all; empty for a document without one. */
export function serializePage(page: Document, window: Window): string {
	const {Document: DocumentClass, Element: ElementClass} = domClasses(window);
	const root = Object.getOwnPropertyDescriptor(DocumentClass.prototype, 'documentElement')!.get!.call(page) as Element | null;
	return root ? Object.getOwnPropertyDescriptor(ElementClass.prototype, 'outerHTML')!.get!.call(root) as string : '';
}

const utf8Encoder = new TextEncoder();
// A leading U+FEFF is text of the page like any other: the decoder keeps it.
const utf8Decoder = new TextDecoder('utf-8', {ignoreBOM: true});

/** HTML as a message carries it (`PackedHtml`): UTF-8 bytes, unless the text has lone surrogates to keep. */
export function packHtml(html: string): PackedHtml {
	return isWellFormed(html) ? utf8Encoder.encode(html) : html;
}

// ES2024, in every browser GovClip supports (Firefox 119, Chrome 111); the project's TypeScript library is ES2023.
const isWellFormed = (text: string) => (text as string & {isWellFormed(): boolean}).isWellFormed();

export function unpackHtml(packed: PackedHtml): string {
	return typeof packed === 'string' ? packed : utf8Decoder.decode(packed);
}

/**
 * Parses HTML written by `serializePage` into an inert document of `window`'s realm (DOMParser: no scripts run,
 * nothing loads), with clobbering defused; null when the parse is not the page. HTML does not always read back as
 * the tree it was written from: scripts build trees no parser makes, and mutation XSS payloads are written to change
 * on a second parse. The parse is written out again and must give the same HTML; else the page is read where it is.
 * The parsed document's own address is the extension's, so relative addresses are made absolute against the page's
 * base address, as the page resolves them: through its <base> when it has one, else one by one (a same-page
 * "#anchor" then stays as it is, as it does in a copy made in the page).
 */
export function parsePage(html: string, baseUri: string, window: Window): Document | null {
	const {DOMParser: Parser, Document: DocumentClass, Element: ElementClass} = domClasses(window);
	// Standards mode, as almost every page is; the tree is the same either way for what extraction reads.
	const copy = new Parser().parseFromString(`<!DOCTYPE html>${html}`, 'text/html');
	if (serializePage(copy, window) !== html) {
		return null;
	}
	const select = (selector: string) => Array.from(DocumentClass.prototype.querySelectorAll.call(copy, selector));
	const [base] = select('base[href]');
	if (base) {
		ElementClass.prototype.setAttribute.call(base, 'href', baseUri);
	} else {
		for (const [selector, attribute] of RELATIVE_ADDRESSES) {
			for (const element of select(selector)) {
				const value = ElementClass.prototype.getAttribute.call(element, attribute)!;
				ElementClass.prototype.setAttribute.call(element, attribute, attribute === 'srcset' ? resolveSrcset(value, baseUri) : resolve(value, baseUri));
			}
		}
	}
	defuseClobbering(copy, window);
	return copy;
}

/** The addresses a clip keeps (Readability's list: links, and the media it keeps). */
const RELATIVE_ADDRESSES = [
	['a[href]', 'href'],
	['img[src], picture [src], figure [src], video[src], audio[src], source[src]', 'src'],
	['video[poster]', 'poster'],
	['img[srcset], source[srcset]', 'srcset'],
] as const;

function resolve(address: string, base: string): string {
	if (address.trim().startsWith('#')) {
		return address;
	}
	try {
		return new URL(address.trim(), base).href;
	} catch {
		return address; // left for the sanitiser, which drops what it cannot read
	}
}

/** "a.png 1x, b.png 2x": each candidate's address resolved, its descriptor kept. */
function resolveSrcset(srcset: string, base: string): string {
	return srcset.replace(/(^|,\s*)(\S+)/g, (_, separator: string, address: string) => `${separator}${resolve(address, base)}`);
}
