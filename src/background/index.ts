/** Background entry: listeners registered synchronously at the top level, so the event that woke the worker reaches them. */
import type {BackgroundMessages} from '../shared/messages.ts';
import {browser} from '../platform/browser.ts';
import {handleMessages} from '../platform/messaging.ts';
import {backgroundHandlers} from './handlers.ts';
import {createMenus, onCommand, onMenuClicked} from './shortcuts.ts';
import {askForPersistentStorage} from './storage-durability.ts';

handleMessages<BackgroundMessages>('background', backgroundHandlers);
browser.runtime.onInstalled.addListener(() => {
	createMenus();
	void askForPersistentStorage();
});
browser.contextMenus.onClicked.addListener(onMenuClicked);
browser.commands.onCommand.addListener(onCommand);
