/** The browser's message lookup, for the pages' entry files to hand to ui/i18n (which must not import the browser). */
import {browser} from './browser.ts';

export function browserMessageLookup(key: string, substitutions: string[]): string {
	return browser.i18n.getMessage(key, substitutions);
}
