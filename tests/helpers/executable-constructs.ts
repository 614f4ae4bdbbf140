/** The structural XSS oracle: what must never survive sanitising (anything that runs script, loads remote resources or styles the page). */
import {JSDOM} from 'jsdom';

export function executableConstructs(html: string): string[] {
	const {document} = new JSDOM(`<body>${html}</body>`).window;
	const found: string[] = [];
	for (const element of document.body.querySelectorAll('*')) {
		const tag = element.tagName.toLowerCase();
		if (['script', 'style', 'iframe', 'object', 'embed', 'form', 'svg', 'math', 'link', 'meta', 'base', 'template', 'input', 'button'].includes(tag)) {
			found.push(`<${tag}>`);
		}
		for (const {name, value} of element.attributes) {
			if (/^on/i.test(name) || name === 'style' || name === 'srcset') {
				found.push(`${tag}[${name}]`);
			}
			const inlineRaster = tag === 'img' && name === 'src' && /^data:image\/(?:png|gif|jpe?g|webp|avif);/i.test(value);
			if (!inlineRaster && ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background'].includes(name) && !/^(?:https?:|mailto:|tel:|#|$)/i.test(value.trim())) {
				found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
			}
		}
	}
	return found;
}
