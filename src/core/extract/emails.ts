/**
 * Email addresses as pages print and hide them: plain, "name [at] dept dot gov", "name(at)dept.de",
 * mailto links whose text differs, TYPO3's encrypted mailto links and Cloudflare's email protection.
 */

const ADDRESS = /^[\w.!#$%&'*+/=?^`{|}~-]+@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)*\.[a-z]{2,24}$/i;
const PLAIN = /[\w.+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,24}\b/gi;
const AT = String.raw`(?:\s*(?:\[\s*(?:at|@)\s*\]|\(\s*(?:at|@)\s*\)|\{\s*(?:at|@)\s*\}|<\s*at\s*>)\s*|\s(?:at|AT)\s)`;
const SPELLED_DOT = String.raw`(?:\s*(?:\[\s*(?:dot|punkt|point)\s*\]|\(\s*(?:dot|punkt|point)\s*\)|\{\s*(?:dot|punkt|point)\s*\})\s*|\s(?:dot|DOT|punkt|point)\s)`;
const DOT = `(?:${SPELLED_DOT}|\\.)`;
const OBFUSCATED = new RegExp(String.raw`([\w.+-]+)${AT}([a-z0-9-]+(?:${DOT}[a-z0-9-]+)+)`, 'gi');

/** Every address printed in `text`, including spelled-out ones. */
export function findEmails(text: string): string[] {
	const found: string[] = [];
	for (const match of text.matchAll(OBFUSCATED)) {
		const [whole, local, domain] = match as unknown as [string, string, string];
		const separator = whole.slice(local.length, whole.length - domain.length).trim();
		// " at " alone is ordinary English ("meet at town.hall"): believe it only with a spelled-out " dot ".
		if (/^at$/i.test(separator) && !new RegExp(SPELLED_DOT, 'i').test(domain)) {
			continue;
		}
		found.push(`${local}@${domain.replace(new RegExp(SPELLED_DOT, 'gi'), '.')}`);
	}
	for (const match of text.matchAll(PLAIN)) {
		found.push(match[0]);
	}
	return unique(found.map(normaliseEmail).filter(isEmail));
}

/** `text` without its addresses, plain or spelled out, so what is left can be read as a name or an organisation. */
export function withoutEmails(text: string): string {
	return text.replace(OBFUSCATED, ' ').replace(PLAIN, ' ');
}

export function isEmail(text: string): boolean {
	return ADDRESS.test(text);
}

export function normaliseEmail(email: string): string {
	return email.trim().replace(/^mailto:/i, '').replace(/[.,;:]+$/, '').toLowerCase();
}

/**
 * The address a mailto-like link reaches, or null for share links ("mailto:?subject=…") and non-mail links.
 * When the visible text is itself an address, it wins: it is what the reader sees and copies.
 */
export function emailFromLink(link: Element): string | null {
	const visible = normaliseEmail(link.textContent ?? '');
	const href = (link.getAttribute('href') ?? '').trim();
	let target: string | null = null;
	if (/^mailto:/i.test(href)) {
		target = normaliseEmail(safeDecode(href.slice(7).split('?')[0]!.split(',')[0]!));
	} else if (/linkTo_UnCryptMailto|UnCryptMailto/.test(href)) {
		target = decodeTypo3(href.match(/['"]([^'"]+)['"]/)?.[1] ?? '');
	} else if (link.hasAttribute('data-mailto-token')) {
		target = decodeTypo3(link.getAttribute('data-mailto-token') ?? '');
	} else if (/\/cdn-cgi\/l\/email-protection#([0-9a-f]+)/i.test(href)) {
		target = decodeCloudflare(href.split('#')[1] ?? '');
	}
	const cloudflare = link.querySelector('[data-cfemail]') ?? (link.hasAttribute('data-cfemail') ? link : null);
	if (cloudflare) {
		target ??= decodeCloudflare(cloudflare.getAttribute('data-cfemail') ?? '');
	}
	if (isEmail(visible)) {
		return visible;
	}
	return target && isEmail(target) ? target : null;
}

/**
 * TYPO3's spam protection shifts each character within [+-9], [@-Z] and [a-z] by a site-chosen offset.
 * The offset is not in the page, so try each and keep the one that decodes to "mailto:".
 */
export function decodeTypo3(token: string): string | null {
	for (let offset = -25; offset <= 25; offset++) {
		const decoded = [...token].map(char => shift(char, offset)).join('');
		if (decoded.startsWith('mailto:')) {
			const email = normaliseEmail(safeDecode(decoded.slice(7).split('?')[0]!));
			return isEmail(email) ? email : null;
		}
	}
	return null;
}

function shift(char: string, offset: number): string {
	const code = char.charCodeAt(0);
	for (const [start, end] of [[0x2b, 0x3a], [0x40, 0x5a], [0x61, 0x7a]] as const) {
		if (code >= start && code <= end) {
			const size = end - start + 1;
			return String.fromCharCode(start + ((((code - start + offset) % size) + size) % size));
		}
	}
	return char;
}

/** Cloudflare XORs each byte with the first one, in hex. */
export function decodeCloudflare(hex: string): string | null {
	if (!/^(?:[0-9a-f]{2}){2,}$/i.test(hex)) {
		return null;
	}
	const key = Number.parseInt(hex.slice(0, 2), 16);
	let email = '';
	for (let index = 2; index < hex.length; index += 2) {
		email += String.fromCharCode(Number.parseInt(hex.slice(index, index + 2), 16) ^ key);
	}
	return isEmail(email) ? email.toLowerCase() : null;
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function unique<T>(items: T[]): T[] {
	return [...new Set(items)];
}
