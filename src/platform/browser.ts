/** The only importer of webextension-polyfill: every other module reaches the browser through platform/. */
import browser from 'webextension-polyfill';

export type {Runtime, Tabs, Menus} from 'webextension-polyfill';
export {browser};
