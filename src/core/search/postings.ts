/**
 * Packed postings: for one term, the sorted ids of the clips that contain it and each clip's weight;
 * the byte format the storage layer keeps, and the merge and removal helpers it updates them with.
 */
import {WEIGHT_SCALE} from './fields.ts';

export type PostingList = {
	/** Ascending clip ids, each once. */
	ids: Uint32Array;
	/** Parallel to `ids`: BM25F pseudo-frequencies (fields.ts), 0 for facet terms. */
	weights: Float32Array;
};

export const EMPTY_POSTINGS: PostingList = {ids: new Uint32Array(0), weights: new Float32Array(0)};
const FORMAT = 1;

/**
 * Format 1: a format byte, the count as a varint, the id gaps as varints, then each weight × 1024 as a
 * little-endian Uint16. Dense terms cost about 3 bytes a clip instead of 8.
 */
export function encodePostings({ids, weights}: PostingList): Uint8Array {
	const bytes = new Uint8Array(1 + 5 + ids.length * 7);
	let at = 0;
	const varint = (value: number) => {
		while (value >= 0x80) {
			bytes[at++] = (value & 0x7f) | 0x80;
			value >>>= 7;
		}
		bytes[at++] = value;
	};
	bytes[at++] = FORMAT;
	varint(ids.length);
	let previous = 0;
	for (const id of ids) {
		varint(id - previous);
		previous = id;
	}
	for (const weight of weights) {
		const packed = Math.min(65535, Math.round(weight * WEIGHT_SCALE));
		bytes[at++] = packed & 0xff;
		bytes[at++] = packed >>> 8;
	}
	return bytes.slice(0, at);
}

export function decodePostings(bytes: Uint8Array): PostingList {
	if (bytes[0] !== FORMAT) {
		throw new RangeError(`Unknown postings format ${bytes[0]}`);
	}
	let at = 1;
	let count = 0;
	for (let scale = 1, byte = 0x80; byte & 0x80; scale *= 128) {
		byte = bytes[at++]!;
		count += (byte & 0x7f) * scale;
	}
	// Inlined, with the one-byte gap of a common term first: a decode per posting, no call and no allocation.
	const ids = new Uint32Array(count);
	let id = 0;
	for (let i = 0; i < count; i++) {
		let byte = bytes[at++]!;
		let gap = byte & 0x7f;
		for (let scale = 128; byte & 0x80; scale *= 128) {
			byte = bytes[at++]!;
			gap += (byte & 0x7f) * scale;
		}
		id += gap;
		ids[i] = id;
	}
	const weights = new Float32Array(count);
	for (let i = 0; i < count; i++, at += 2) {
		weights[i] = (bytes[at]! | (bytes[at + 1]! << 8)) / WEIGHT_SCALE;
	}
	return {ids, weights};
}

/** `base` with `added` merged in; where both hold an id, `added` wins (a re-indexed clip). */
export function mergePostings(base: PostingList, added: PostingList): PostingList {
	const ids = new Uint32Array(base.ids.length + added.ids.length);
	const weights = new Float32Array(ids.length);
	let i = 0;
	let j = 0;
	let n = 0;
	while (i < base.ids.length || j < added.ids.length) {
		const a = i < base.ids.length ? base.ids[i]! : Infinity;
		const b = j < added.ids.length ? added.ids[j]! : Infinity;
		if (b <= a) {
			ids[n] = b;
			weights[n++] = added.weights[j++]!;
			if (a === b) i++;
		} else {
			ids[n] = a;
			weights[n++] = base.weights[i++]!;
		}
	}
	return {ids: ids.slice(0, n), weights: weights.slice(0, n)};
}

/** `list` without the given ids (ascending). Returns `list` itself when none of them were in it. */
export function removeIds(list: PostingList, removed: Uint32Array): PostingList {
	const keep = new Uint8Array(list.ids.length);
	let kept = 0;
	let j = 0;
	for (let i = 0; i < list.ids.length; i++) {
		const id = list.ids[i]!;
		while (j < removed.length && removed[j]! < id) j++;
		if (j >= removed.length || removed[j] !== id) {
			keep[i] = 1;
			kept++;
		}
	}
	if (kept === list.ids.length) {
		return list;
	}
	const ids = new Uint32Array(kept);
	const weights = new Float32Array(kept);
	for (let i = 0, n = 0; i < list.ids.length; i++) {
		if (keep[i]) {
			ids[n] = list.ids[i]!;
			weights[n++] = list.weights[i]!;
		}
	}
	return {ids, weights};
}
