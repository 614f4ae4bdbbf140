/**
 * S1's hostile site: DOMPurify's 223 payloads (../shared/data/xss) placed in four page templates (article body,
 * figure caption, table cell, blockquote), many payloads per page. Each payload sits in its own unit, followed by a
 * marker paragraph, so a test can count how many units reached the stored clip.
 *
 * A payload that swallows what follows it (an unclosed comment, <textarea>, <plaintext>, <title>…) would hide the next
 * payloads inside its text; such payloads are found with the browser's own parser (`containmentProbes` →
 * `probeContainment` in a page → `buildXssPages`) and each one ends its page.
 */
import {existsSync, readFileSync} from 'node:fs';
import {PROJECT} from './paths.mjs';

export const XSS_FILE = `${PROJECT}../shared/data/xss/dompurify-vectors.json`;

/** The payloads, or null when ../shared is absent (tests then skip). */
export function loadPayloads() {
	if (!existsSync(XSS_FILE)) {
		return null;
	}
	return JSON.parse(readFileSync(XSS_FILE, 'utf8'));
}

const FILLER = 'The department confirmed the programme will continue through the next financial year, with regional offices reporting progress to ministers every quarter and publishing the figures for each local authority area.';

export const TEMPLATES = {
	article: (payload, n) => `<p>Section ${n} of the announcement sets out the details below.</p>\n<div class="section-text">${payload}</div>`,
	caption: (payload, n) => `<figure><img src="/chart-${n}.png" alt="Chart ${n}" width="40" height="30"><figcaption>Figure ${n}: ${payload}</figcaption></figure>`,
	table: (payload, n) => `<table><caption>Table ${n}</caption><tr><th>Region</th><th>Allocation</th></tr><tr><td>North ${n}</td><td>${payload}</td></tr></table>`,
	blockquote: (payload, n) => `<blockquote><p>Minister ${n} said:</p>${payload}</blockquote>`,
};

const marker = index => `GCMARK${index}END`;

function unit(template, payload, index) {
	return `${TEMPLATES[template](payload, index)}\n<p>${marker(index)} ${FILLER}</p>\n`;
}

/** One probe per payload and template: the unit followed by a sentinel paragraph. */
export function containmentProbes(payloads, templates = Object.keys(TEMPLATES)) {
	return templates.flatMap(template => payloads.map(({payload, index}) => ({
		template, index, html: `<!doctype html><body><article id="a">${unit(template, payload, index)}<p id="gc-sentinel">after</p></article></body>`,
	})));
}

/** Run in a browser page: whether the sentinel after each probe is still an element (pass to page.evaluate). */
export function probeContainment(htmls) {
	return htmls.map(html => new DOMParser().parseFromString(html, 'text/html').querySelector('#gc-sentinel') !== null);
}

function page(template, pageNumber, units) {
	const title = `Hostile ${template} page ${pageNumber}: regional programme update`;
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<meta name="description" content="Programme update ${template} ${pageNumber}.">
</head>
<body>
<header><a href="/">Department home</a></header>
<main>
<article>
<h1>${title}</h1>
<p>${FILLER}</p>
<p>${FILLER}</p>
${units.join('')}
<p>${FILLER}</p>
</article>
</main>
<footer><p>Crown copyright</p></footer>
</body>
</html>
`;
}

/**
 * Builds the pages from the probes' results: returns [{path, template, indexes, html}], at most `perPage` payloads on a page; a payload
 * that swallows what follows ends its page.
 */
export function buildXssPages(payloads, probes, contained, {perPage = 30, templates = Object.keys(TEMPLATES)} = {}) {
	const isContained = (template, index) => contained[probes.findIndex(probe => probe.template === template && probe.index === index)];
	const pages = [];
	for (const template of templates) {
		let units = [];
		let indexes = [];
		const flush = () => {
			if (units.length > 0) {
				const path = `/hostile/${template}-${pages.filter(p => p.template === template).length + 1}.html`;
				pages.push({path, template, indexes, html: page(template, pages.length + 1, units)});
			}
			units = [];
			indexes = [];
		};
		const kept = payloads.filter(p => isContained(template, p.index));
		const swallowing = payloads.filter(p => !kept.includes(p));
		// Each page: a share of the contained payloads, then at most one swallowing payload last.
		const pageCount = Math.max(Math.ceil(payloads.length / perPage), swallowing.length);
		const share = Math.ceil(kept.length / pageCount);
		for (let number = 0; number < pageCount; number++) {
			const tail = swallowing[number] ? [swallowing[number]] : [];
			for (const {payload, index} of [...kept.slice(number * share, (number + 1) * share), ...tail]) {
				units.push(unit(template, payload, index));
				indexes.push(index);
			}
			flush();
		}
	}
	return pages;
}

export function markersIn(text) {
	return new Set([...text.matchAll(/GCMARK(\d+)END/g)].map(match => Number(match[1])));
}
