/** The words on screen: `t(key)` asks the browser's locale, and falls back to the English messages.json. */
import english from '../../assets/_locales/en/messages.json' with {type: 'json'};

export type MessageKey = keyof typeof english;

/** `browser.i18n.getMessage`'s shape: the empty string means "no such message in this locale". */
export type MessageLookup = (key: string, substitutions: string[]) => string;

type Message = {message: string; description?: string; placeholders?: Record<string, {content: string; example?: string}>};

const messages: Record<string, Message> = english;

// Until an entry file injects the browser's lookup (and always in component tests, which have no browser): English.
let lookup: MessageLookup = () => '';

/** Called once by each page's entry file, before the first render. */
export function setMessageLookup(next: MessageLookup): void {
	lookup = next;
}

/** Chrome's rules: named $PLACEHOLDER$s (any case) become their content, then $1…$9 the substitutions, and $$ a dollar. */
export function formatMessage({message, placeholders = {}}: Message, substitutions: readonly string[]): string {
	const named = new Map(Object.entries(placeholders).map(([name, {content}]) => [name.toLowerCase(), content]));
	return message
		.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => named.get(name.toLowerCase()) ?? whole)
		.replace(/\$(\$|[1-9])/g, (_, which: string) => which === '$' ? '$' : substitutions[Number(which) - 1] ?? '');
}

export function t(key: MessageKey, ...substitutions: (string | number)[]): string {
	const strings = substitutions.map(String);
	// A locale missing a message, or a lookup that throws, must never leave a blank button: English, then the key itself.
	const found = safely(() => lookup(key, strings));
	if (found) {
		return found;
	}
	const message = Object.hasOwn(messages, key) ? messages[key] : undefined;
	return (message && formatMessage(message, strings)) || key;
}

function safely(read: () => string): string {
	try {
		return read();
	} catch {
		return '';
	}
}
