/**
 * Builds the extension into dist/<browser>/, ready for "Load unpacked" / about:debugging, and the CLI into dist/cli/.
 *
 *   node build.mjs                        chrome + firefox (shipped permissions) and the CLI, minified
 *   node build.mjs --test                 also dist/chrome-test and dist/firefox-test (host access to 127.0.0.1, for e2e),
 *                                         and dist/<browser>-test-quota (the same without unlimitedStorage: quota tests)
 *   node build.mjs --dev --watch          chrome only, sourcemaps, preact/debug, rebuild on change
 *   node build.mjs --browser firefox      one browser
 */
import * as esbuild from 'esbuild';
import {existsSync} from 'node:fs';
import {cp, mkdir, readFile, rm, writeFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';

const {values: flags} = parseArgs({
	options: {
		dev: {type: 'boolean', default: false},
		watch: {type: 'boolean', default: false},
		test: {type: 'boolean', default: false},
		browser: {type: 'string', multiple: true},
	},
});

// One row per bundle. Content scripts cannot be ES modules; extension pages can.
const ENTRIES = [
	{in: 'src/background/index.ts', out: 'background', format: 'iife'},
	{in: 'src/content/index.ts', out: 'content', format: 'iife'},
	{in: 'src/popup/index.tsx', out: 'popup', format: 'esm'},
	// Dexie and search, which the popup imports once its first list is on screen (popup/extension-popup-api.ts).
	{in: 'src/popup/popup-search.ts', out: 'popup-search', format: 'esm'},
	{in: 'src/views/print/index.tsx', out: 'print', format: 'esm'},
	{in: 'src/views/library/index.tsx', out: 'library', format: 'esm'},
];

const GECKO_ID = 'govclip@example.org';

// Per-browser differences, as patches over the one manifest.json (which has Chrome's shape).
const MANIFEST_PATCHES = {
	chrome: manifest => manifest,
	firefox: manifest => ({
		...manifest,
		background: {scripts: [manifest.background.service_worker]},
		browser_specific_settings: {
			gecko: {id: GECKO_ID, strict_min_version: '140.0', data_collection_permissions: {required: ['none']}},
			gecko_android: {strict_min_version: '142.0'},
		},
	}),
};

// The end-to-end build may read pages served on 127.0.0.1 (any port) without a toolbar click.
const TEST_PATCH = manifest => ({...manifest, host_permissions: ['http://127.0.0.1/*']});
// Origins with unlimitedStorage have no quota to exceed: the quota test build leaves it out.
const QUOTA_PATCH = manifest => ({...manifest, permissions: manifest.permissions.filter(permission => permission !== 'unlimitedStorage')});

const TARGETS = {chrome: 'chrome120', firefox: 'firefox140'};

/** Evaluates a small TypeScript module of the project (a constant, say) at build time. */
async function loadModule(path) {
	const {outputFiles: [output]} = await esbuild.build({entryPoints: [path], bundle: true, write: false, format: 'esm', platform: 'node', logLevel: 'warning'});
	return import(`data:text/javascript;base64,${Buffer.from(output.text).toString('base64')}`);
}

/**
 * A module with a browser's own build: in that browser's bundles `name.<browser>.ts`, when it exists, stands in for
 * `name.ts` (both export the same names). The other browsers' bundles never contain it.
 */
const perBrowserModules = browser => ({
	name: 'per-browser-modules',
	setup(build) {
		build.onResolve({filter: /^\.\.?\/.*\.ts$/}, args => {
			const variant = resolve(args.resolveDir, args.path).replace(/\.ts$/, `.${browser}.ts`);
			return existsSync(variant) ? {path: variant} : undefined;
		});
	},
});

async function buildExtension(browser, {test, quota = false}) {
	const outdir = `dist/${browser}${test ? '-test' : ''}${quota ? '-quota' : ''}`;
	await rm(outdir, {recursive: true, force: true});
	await mkdir(outdir, {recursive: true});
	// assets/pages holds the extension pages' HTML shells and CSS; they sit at the root of the build.
	await cp('assets/pages', outdir, {recursive: true});
	await cp('assets/icons', `${outdir}/icons`, {recursive: true});
	await cp('assets/_locales', `${outdir}/_locales`, {recursive: true});
	// One stylesheet for paper, shared with exported HTML files: its source is core/export/print-css.ts.
	await writeFile(`${outdir}/print.css`, (await loadModule('src/core/export/print-css.ts')).PRINT_CSS);
	let manifest = MANIFEST_PATCHES[browser](JSON.parse(await readFile('manifest.json', 'utf8')));
	if (test) {
		manifest = TEST_PATCH(manifest);
	}
	if (quota) {
		manifest = QUOTA_PATCH(manifest);
	}
	await writeFile(`${outdir}/manifest.json`, `${JSON.stringify(manifest, null, '\t')}\n`);
	const contexts = await Promise.all(ENTRIES.map(entry => esbuild.context({
		entryPoints: {[entry.out]: entry.in},
		outdir,
		bundle: true,
		format: entry.format,
		target: TARGETS[browser],
		minify: !flags.dev,
		sourcemap: flags.dev ? 'inline' : false,
		jsx: 'automatic',
		jsxImportSource: 'preact',
		legalComments: 'none',
		logLevel: 'warning',
		define: {__DEV__: String(flags.dev), __BROWSER__: JSON.stringify(browser)},
		plugins: [perBrowserModules(browser)],
	})));
	return contexts;
}

// The `govclip` command: the same core, run by plain node; dependencies load from node_modules.
// The entry's own #! line is kept by esbuild: a banner would add a second one, a syntax error in an ES module.
async function buildCli() {
	return [await esbuild.context({
		entryPoints: {govclip: './src/cli/govclip.ts'}, // './': with packages external, a bare path reads as a package
		outdir: 'dist/cli',
		outExtension: {'.js': '.mjs'},
		bundle: true,
		platform: 'node',
		format: 'esm',
		target: 'node20',
		packages: 'external',
		logLevel: 'warning',
		define: {__DEV__: 'false', __BROWSER__: '"node"'},
	})];
}

const browsers = flags.browser ?? (flags.dev ? ['chrome'] : ['chrome', 'firefox']);
const contexts = [];
try {
	for (const browser of browsers) {
		if (!(browser in MANIFEST_PATCHES)) {
			throw new Error(`Unknown browser "${browser}": use chrome or firefox.`);
		}
		contexts.push(...await buildExtension(browser, {test: false}));
		if (flags.test) {
			contexts.push(...await buildExtension(browser, {test: true}));
			contexts.push(...await buildExtension(browser, {test: true, quota: true}));
		}
	}
	contexts.push(...await buildCli());
	if (flags.watch) {
		await Promise.all(contexts.map(context => context.watch()));
		console.log(`Watching: ${browsers.join(', ')} rebuild on change (Ctrl+C to stop).`);
	} else {
		await Promise.all(contexts.map(context => context.rebuild()));
		await Promise.all(contexts.map(context => context.dispose()));
		console.log(`Built ${browsers.map(browser => `dist/${browser}${flags.test ? ` dist/${browser}-test` : ''}`).join(' ')} dist/cli`);
	}
} catch (error) {
	// esbuild has already printed the details of a failed bundle.
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
	await Promise.all(contexts.map(context => context.dispose()));
}
