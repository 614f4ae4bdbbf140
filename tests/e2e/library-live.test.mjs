// The open library tab follows what happens elsewhere, in Chromium and Firefox: clips saved or deleted by other
// pages, and a database cleared behind its back (R12), show without a reload.
import assert from 'node:assert/strict';
import {testInBothBrowsers} from './lib/browser-pages.mjs';
import {libraryFollowsChanges} from './lib/live-library-checks.mjs';

testInBothBrowsers('The library follows changes', 'saves, deletes and a cleared database elsewhere show in the open library without a reload', async pages => {
	const line = await libraryFollowsChanges(pages);
	assert.ok(line);
	console.log(`# ${pages.browserName}: ${line}`);
});
