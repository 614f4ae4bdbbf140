// R8 in Chromium and Firefox: a newer release upgrades GovClip's database while the running one's library page and
// background hold connections: the upgrade is not blocked, and the old page's later writes are stored.
import {testInBothBrowsers} from './lib/browser-pages.mjs';
import {upgradesWithOldPageOpen} from './lib/upgrade-checks.mjs';

testInBothBrowsers('R8: upgrade with an old page open', 'the upgrade completes within 5 s and the open library\'s later edit is stored', async pages => {
	console.log(`# R8 ${pages.browserName}: ${await upgradesWithOldPageOpen(pages)}`);
});
