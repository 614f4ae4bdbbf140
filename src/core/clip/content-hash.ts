/** A stable fingerprint of what a clip says, to tell "unchanged" from "updated" on re-clip. Not cryptographic. */

/**
 * cyrb53 twice with different seeds (106 bits, ample to tell versions of one article apart) over the title and the
 * text with each run of whitespace read as one space, both trimmed. The runs are folded while hashing: building the
 * folded copy of a long article first cost more than the hashing itself.
 */
export function contentHash(title: string, text: string): string {
	const hash = new TwinCyrb53(0x9e3779b9, 0x85ebca6b);
	hash.addAll(`${title.normalize('NFC').trim()}\n`);
	hash.addFolded(text.normalize('NFC'));
	return hash.digest();
}

/** JavaScript's whitespace (`\s`, and what trim() removes). */
const WHITESPACE = /\s/;
const isWhitespace = (code: number) => code === 32 || (code >= 9 && code <= 13) || (code > 127 && WHITESPACE.test(String.fromCharCode(code)));

class TwinCyrb53 {
	private a1: number;
	private a2: number;
	private b1: number;
	private b2: number;

	constructor(seedA: number, seedB: number) {
		this.a1 = 0xdeadbeef ^ seedA;
		this.a2 = 0x41c6ce57 ^ seedA;
		this.b1 = 0xdeadbeef ^ seedB;
		this.b2 = 0x41c6ce57 ^ seedB;
	}

	add(code: number): void {
		this.a1 = Math.imul(this.a1 ^ code, 2654435761);
		this.a2 = Math.imul(this.a2 ^ code, 1597334677);
		this.b1 = Math.imul(this.b1 ^ code, 2654435761);
		this.b2 = Math.imul(this.b2 ^ code, 1597334677);
	}

	addAll(input: string): void {
		for (let index = 0; index < input.length; index++) {
			this.add(input.charCodeAt(index));
		}
	}

	/** Adds `input` as `input.replace(/\s+/g, ' ').trim()` would read, without building that copy. */
	addFolded(input: string): void {
		let started = false;
		let space = false;
		for (let index = 0; index < input.length; index++) {
			const code = input.charCodeAt(index);
			if (isWhitespace(code)) {
				space = started;
			} else {
				if (space) {
					this.add(32);
					space = false;
				}
				started = true;
				this.add(code);
			}
		}
	}

	digest(): string {
		return finish(this.a1, this.a2).toString(16).padStart(14, '0') + finish(this.b1, this.b2).toString(16).padStart(14, '0');
	}
}

function finish(h1: number, h2: number): number {
	h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
	h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
	return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
