// The shipped manifests, exactly: minimal permissions, no host access, the CSP, and Firefox's settings.
// Reads dist/, which `npm test` builds before the unit tests run.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync, readFileSync} from 'node:fs';

const read = (name: string) => JSON.parse(readFileSync(new URL(`../../dist/${name}/manifest.json`, import.meta.url), 'utf8'));
const built = existsSync(new URL('../../dist/chrome/manifest.json', import.meta.url));
const needsBuild = {skip: !built && 'run `node build.mjs --test` first (npm test does)'};

const PERMISSIONS = ['activeTab', 'scripting', 'storage', 'contextMenus', 'unlimitedStorage'];
const CSP = "script-src 'self'; object-src 'none'; base-uri 'none'";

for (const browser of ['chrome', 'firefox']) {
	test(`${browser}: shipped permissions are exactly the minimal set, with no host access`, needsBuild, () => {
		const manifest = read(browser);
		assert.deepEqual([...manifest.permissions].sort(), [...PERMISSIONS].sort());
		assert.equal(manifest.host_permissions, undefined);
		assert.equal(manifest.optional_host_permissions, undefined);
		assert.equal(manifest.content_scripts, undefined, 'the content script is injected on demand only');
		assert.equal(manifest.externally_connectable, undefined);
		assert.equal(manifest.web_accessible_resources, undefined);
		assert.equal(manifest.content_security_policy.extension_pages, CSP);
	});

	test(`${browser}: the test build differs only by host access to 127.0.0.1`, needsBuild, () => {
		const {host_permissions: hosts, ...rest} = read(`${browser}-test`);
		assert.deepEqual(hosts, ['http://127.0.0.1/*']);
		assert.deepEqual(rest, read(browser));
	});
}

test('chrome runs a service worker; firefox a background script with its gecko settings', needsBuild, () => {
	assert.deepEqual(read('chrome').background, {service_worker: 'background.js'});
	const firefox = read('firefox');
	assert.deepEqual(firefox.background, {scripts: ['background.js']});
	assert.equal(firefox.browser_specific_settings.gecko.id, 'govclip@example.org');
	assert.equal(firefox.browser_specific_settings.gecko.strict_min_version, '140.0');
	assert.deepEqual(firefox.browser_specific_settings.gecko.data_collection_permissions, {required: ['none']});
});
