/**
 * S1's execution oracle, run inside the browser: hooks on alert/confirm/prompt and console, and a listener for CSP
 * violation reports, installed before any page script (Playwright addInitScript, Puppeteer evaluateOnNewDocument);
 * plus the structural oracle (what must never be in stored HTML), evaluated with the browser's own parser.
 */
import assert from 'node:assert/strict';
import {writeFile} from 'node:fs/promises';
import {RESULTS} from './paths.mjs';
import {storedBodies} from './db-audit.mjs';
import {markersIn} from './xss-site.mjs';

/** Installed in every extension page and in the exported HTML page before their scripts run. */
export function installExecutionHooks() {
	if (globalThis.__gcHits) {
		return;
	}
	const hits = [];
	const violations = [];
	Object.defineProperty(globalThis, '__gcHits', {value: hits});
	Object.defineProperty(globalThis, '__gcViolations', {value: violations});
	const record = name => function (...args) {
		hits.push(`${name}(${args.map(String).join(', ').slice(0, 120)})`);
	};
	for (const name of ['alert', 'confirm', 'prompt']) {
		globalThis[name] = record(name);
	}
	for (const name of ['log', 'info', 'warn', 'error', 'debug', 'trace']) {
		console[name] = record(`console.${name}`);
	}
	// Reports bubble to the document (elements) or are fired at it (workers, inline code): listen in capture.
	document.addEventListener('securitypolicyviolation', event => {
		violations.push({directive: event.effectiveDirective || event.violatedDirective, blocked: String(event.blockedURI).slice(0, 120), sample: String(event.sample ?? '').slice(0, 80)});
	}, true);
}

/** What the hooks saw in a page: pass to page.evaluate. `resources` is every URL the page fetched (Resource Timing). */
export function readExecutionHooks() {
	return {
		installed: Boolean(globalThis.__gcHits),
		hits: [...(globalThis.__gcHits ?? [])],
		violations: [...(globalThis.__gcViolations ?? [])],
		resources: performance.getEntriesByType('resource').map(entry => entry.name),
	};
}

/** Executable or loading constructs in each HTML string, parsed inertly by the browser (DOMParser runs nothing). */
export function execConstructsInBrowser(htmls) {
	const forbiddenTags = ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'svg', 'math', 'link', 'meta', 'base', 'template', 'input', 'button', 'textarea', 'select', 'noscript', 'portal'];
	return htmls.map(html => {
		const document = new DOMParser().parseFromString(`<!doctype html><body>${html}</body>`, 'text/html');
		const found = [];
		for (const element of document.body.querySelectorAll('*')) {
			const tag = element.localName;
			if (forbiddenTags.includes(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') {
				found.push(`<${tag}>`);
			}
			for (const {name, value} of element.attributes) {
				if (/^on/i.test(name) || name === 'style' || name === 'srcset') {
					found.push(`${tag}[${name}]`);
				}
				const inlineRaster = tag === 'img' && name === 'src' && /^data:image\/(?:png|gif|jpe?g|webp|avif);/i.test(value);
				if (!inlineRaster && ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'background', 'data', 'codebase'].includes(name) && !/^(?:https?:|mailto:|tel:|#|$)/i.test(value.trim())) {
					found.push(`${tag}[${name}=${value.slice(0, 30)}]`);
				}
			}
		}
		return found;
	});
}

/** A URL is allowed when it is the test site's, the extension's own, or an in-page one (data:, blob:, about:). */
export function otherOrigins(urls, allowedOrigins) {
	return urls.filter(url => {
		if (/^(?:data|blob|about|chrome-extension|moz-extension):/i.test(url)) {
			return false;
		}
		try {
			return !allowedOrigins.includes(new URL(url).origin);
		} catch {
			return true;
		}
	});
}

/**
 * Node side, the same in both browsers: the stored bodies hold no executable construct, and most payload units
 * reached the store. `control` is an extension page; `pages` the hostile pages clipped. Returns a line for the log.
 */
export async function judgeStoredClips(control, pages) {
	const bodies = await control.evaluate(storedBodies);
	assert.equal(bodies.length, pages.length, 'one clip per hostile page');
	const constructs = await control.evaluate(execConstructsInBrowser, bodies.map(body => body.contentHtml));
	assert.deepEqual(constructs.flatMap((list, i) => list.map(item => `${bodies[i].title}: ${item}`)), [], 'stored HTML holds no executable construct');
	// Readability may drop some units as boilerplate; that is not a failure.
	const reached = bodies.reduce((sum, body) => sum + markersIn(body.text).size, 0);
	const placed = pages.reduce((sum, page) => sum + page.indexes.length, 0);
	assert.ok(reached >= placed * 0.9, `most payload units reach the store (${reached}/${placed})`);
	return `${placed} placements on ${pages.length} pages, ${reached} units in stored text`;
}

/**
 * Node side, the same in both browsers: reads the hooks of every page in `rendered` ({path, page}) and asserts no
 * execution, no CSP script violation and no request (of `requests`, {url, from}) to an origin outside `allowed`.
 * Writes s1-<browser>-report.json; returns the figures.
 */
export async function judgeRenders({browserName, rendered, requests, allowed, extra = {}}) {
	const seen = [];
	for (const {path, page} of rendered) {
		const hooks = await page.evaluate(readExecutionHooks);
		assert.ok(hooks.installed, `hooks were installed in ${path}`);
		seen.push({path, ...hooks});
	}
	const executions = seen.flatMap(({path, hits}) => hits.map(hit => `${path}: ${hit}`));
	const violations = seen.flatMap(({path, violations}) => violations.map(v => `${path}: ${v.directive} ${v.blocked} ${v.sample}`));
	const scriptViolations = violations.filter(line => /script/i.test(line));
	const offsite = [
		...otherOrigins(requests.map(request => request.url), allowed).map(url => `${url} from ${requests.find(request => request.url === url).from}`),
		...otherOrigins(seen.flatMap(({resources}) => resources), allowed),
	];
	await writeFile(`${RESULTS}/s1-${browserName}-report.json`, JSON.stringify({executions, violations, offsite, requests: requests.length, ...extra}, null, 2));
	assert.deepEqual(executions, [], 'no alert/confirm/prompt/console hook fired');
	assert.deepEqual(scriptViolations, [], 'no CSP script violation');
	assert.deepEqual(offsite, [], 'no request to another origin');
	return {executions: executions.length, scriptViolations: scriptViolations.length, violations: violations.length, offsite: offsite.length};
}
