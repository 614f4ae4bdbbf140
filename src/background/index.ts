/** Background entry: listeners registered synchronously at the top level, so the event that woke the worker reaches them. */
import type {BackgroundMessages} from '../shared/messages.ts';
import {browser} from '../platform/browser.ts';
import {handleMessages} from '../platform/messaging.ts';
import {backgroundHandlers} from './handlers.ts';
import {createMenus, onCommand, onMenuClicked} from './shortcuts.ts';
import {askForPersistentStorage} from '../platform/storage-protection.ts';
import {checkAndRepairIndex} from './index-upkeep.ts';
import {db} from '../storage/default-db.ts';

handleMessages<BackgroundMessages>('background', backgroundHandlers);
browser.runtime.onInstalled.addListener(() => {
	createMenus();
	// Not fatal: the library page shows the state and offers the request again. (Chromium's service worker has no
	// persist() to call; unlimitedStorage is the protection there.)
	askForPersistentStorage().catch(error => console.warn('GovClip: persistent storage request failed', error));
	void checkAndRepairIndex(db);
});
browser.runtime.onStartup.addListener(() => void checkAndRepairIndex(db));
browser.contextMenus.onClicked.addListener(onMenuClicked);
browser.commands.onCommand.addListener(onCommand);
