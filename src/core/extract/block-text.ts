/** Visible text of an element, cleaned and split into the lines a reader sees (blocks and `<br>` break lines). */
import {cleanText} from './clean-text.ts';
import {ATTRIBUTE, attributeIf, UNKNOWN_ATTRIBUTES} from './element-facts.ts';
import {classOf} from './dom-walk.ts';

const SKIPPED = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'SVG', 'BUTTON', 'SELECT', 'TEXTAREA', 'IFRAME', 'OBJECT']);
const INLINE = new Set([
	'A', 'ABBR', 'B', 'BDI', 'BDO', 'CITE', 'CODE', 'DATA', 'DFN', 'EM', 'FONT', 'I', 'IMG', 'KBD', 'LABEL', 'MARK', 'Q', 'S', 'SAMP',
	'SMALL', 'SPAN', 'STRONG', 'SUB', 'SUP', 'TIME', 'U', 'VAR', 'WBR',
]);

/** Collapses whitespace, drops soft hyphens and zero-width characters (CMSs hyphenate German words with them). */
export {cleanText};

/** Elements a reader cannot see: the `hidden` attribute or an inline `display:none`. `bits`: its ATTRIBUTE bits, when known. */
export function isHidden(el: Element, bits: number = UNKNOWN_ATTRIBUTES): boolean {
	if ((bits & ATTRIBUTE.hidden) !== 0 && el.hasAttribute('hidden')) {
		return true;
	}
	const style = attributeIf(el, bits, ATTRIBUTE.style, 'style');
	return style ? /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style) : false;
}

/** Screen-reader-only text ("Interner Link", "opens in a new window") that would pollute labels. */
export function isScreenReaderOnly(el: Element): boolean {
	const names = classOf(el).toLowerCase();
	return /(?:^|\s)(?:sr-only|visually-?hidden|visuallyhidden|element-invisible|screen-reader-text|screenreader|aural|u-hidden|hidden-text|invisible|a11y-hidden|show-for-sr|offscreen)(?:\s|$)/.test(names);
}

/** The element's visible text as cleaned lines. */
export function blockText(el: Element, {skipScreenReaderOnly = false} = {}): string[] {
	const parts: string[] = [];
	const walk = (node: Node) => {
		if (node.nodeType === 3) {
			parts.push(node.textContent ?? '');
			return;
		}
		if (node.nodeType !== 1) {
			return;
		}
		const child = node as Element;
		const name = child.tagName;
		const tag = name.toUpperCase();
		// Hiding and screen-reader classes are attributes: most elements have none to read.
		if (SKIPPED.has(tag) || (child.hasAttributes() && (isHidden(child) || (skipScreenReaderOnly && isScreenReaderOnly(child))))) {
			return;
		}
		if (name === 'BR') {
			parts.push('\n');
			return;
		}
		const block = !INLINE.has(tag);
		if (block) {
			parts.push('\n');
		}
		for (let grandchild = child.firstChild; grandchild; grandchild = grandchild.nextSibling) {
			walk(grandchild);
		}
		if (block) {
			parts.push('\n');
		}
	};
	walk(el);
	return parts.join('').split('\n').map(line => cleanText(line)).filter(Boolean);
}

/** The element's visible text on one line. */
export function visibleText(el: Element, options?: {skipScreenReaderOnly?: boolean}): string {
	return blockText(el, options).join(' ');
}
