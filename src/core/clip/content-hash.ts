/** A stable fingerprint of what a clip says, to tell "unchanged" from "updated" on re-clip. Not cryptographic. */

/** cyrb53 twice with different seeds: 106 bits, ample to tell versions of one article apart. */
export function contentHash(title: string, text: string): string {
	const input = `${title.normalize('NFC').trim()}\n${text.normalize('NFC').replace(/\s+/g, ' ').trim()}`;
	return cyrb53(input, 0x9e3779b9).toString(16).padStart(14, '0') + cyrb53(input, 0x85ebca6b).toString(16).padStart(14, '0');
}

function cyrb53(input: string, seed: number): number {
	let h1 = 0xdeadbeef ^ seed;
	let h2 = 0x41c6ce57 ^ seed;
	for (let index = 0; index < input.length; index++) {
		const code = input.charCodeAt(index);
		h1 = Math.imul(h1 ^ code, 2654435761);
		h2 = Math.imul(h2 ^ code, 1597334677);
	}
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
