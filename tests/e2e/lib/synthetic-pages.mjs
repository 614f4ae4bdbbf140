// Synthetic big pages for R2: the end-to-end test clips them and bench:bigpage times their extraction.

/** Large synthetic article pages for R2: about `megabytes` MB in `elements` elements, nearly all of it text. */
export function bigPage({megabytes, elements}) {
	const paragraphs = Math.floor(elements / 2); // <p> with one <span> each
	const textPerParagraph = Math.max(20, Math.floor((megabytes * 1024 * 1024) / paragraphs) - 30);
	const sentence = 'The council confirmed funding for bus routes, libraries and flood defences across the county this year. ';
	const text = sentence.repeat(Math.ceil(textPerParagraph / sentence.length)).slice(0, textPerParagraph);
	const body = Array.from({length: paragraphs}, (_, i) => `<p><span>${i}</span> ${text}</p>`).join('\n');
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Big page ${megabytes} MB</title></head><body><main><article><h1>Big page ${megabytes} MB</h1>\n${body}\n</article></main></body></html>`;
}

/**
 * A synthetic article page of about `megabytes` MB in `elements` elements whose text stays near `textChars` characters
 * (under the clip's text limit): the rest is markup, long class names that the stored clip drops.
 */
export function markupPage({megabytes, elements, textChars}) {
	const paragraphs = Math.floor(elements / 2); // <p> with one <span> each
	const sentence = 'The council confirmed funding for bus routes, libraries and flood defences across the county this year. ';
	const text = sentence.repeat(Math.ceil(textChars / paragraphs / sentence.length)).slice(0, Math.floor(textChars / paragraphs));
	const markupPerParagraph = Math.max(0, Math.floor((megabytes * 1024 * 1024) / paragraphs) - text.length - 40);
	const className = 'council-paragraph-text-block '.repeat(Math.ceil(markupPerParagraph / 2 / 29)).slice(0, Math.floor(markupPerParagraph / 2)).trim();
	const body = Array.from({length: paragraphs}, (_, i) => `<p class="${className}"><span class="${className}">${i}</span> ${text}</p>`).join('\n');
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Markup page ${megabytes} MB</title></head><body><main><article><h1>Markup page ${megabytes} MB</h1>\n${body}\n</article></main></body></html>`;
}
