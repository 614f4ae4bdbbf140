/**
 * The in-memory dictionary: indexed terms, sorted, with their document frequencies. Exact look-ups and prefix
 * expansion are binary searches over it. Stored in slices, one per term's first two letters (`sliceKey`): a
 * prefix being typed reads the one slice it falls in, a merge or a check joins them all.
 */

/** How the storage layer keeps a dictionary: one string and one typed array, cheap to structured-clone. */
export type EncodedDictionary = {
	/** The terms in code-unit order, joined by "\n" (no term contains one). */
	terms: string;
	dfs: Uint32Array;
	/**
	 * Where each term starts in `terms`, plus one past the end (dfs.length + 1 entries). Stored so that opening
	 * a search does not find them again: ~250,000 indexOf calls, 10–25 ms at 50,000 clips on a loaded machine.
	 * Heads written before it was stored lack it; then it is computed.
	 */
	starts?: Uint32Array;
};

/**
 * The slice a term is stored in: its first two UTF-16 code units (the whole term when shorter). Slices in key
 * order hold the terms in order, since every term of slice "ab" sorts after "ab" and before "ac"; a prefix of
 * two letters or more lies in exactly one slice, a shorter one in every slice whose key starts with it.
 */
export function sliceKey(term: string): string {
	return term.slice(0, 2);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Where each term starts in the packed string, plus one past the end: found with indexOf, not by splitting. */
function offsetsOf(packed: string, count: number): Uint32Array {
	const starts = new Uint32Array(count + 1);
	for (let i = 1; i < count; i++) {
		starts[i] = packed.indexOf('\n', starts[i - 1]!) + 1;
	}
	starts[count] = packed.length + 1;
	return starts;
}

export class Dictionary {
	static readonly empty = new Dictionary('', new Uint32Array(0));

	/**
	 * The terms stay packed as stored: at 50,000 clips a dictionary holds ~250,000 terms, and splitting them
	 * into strings when a search opens cost 20–120 ms on a loaded machine. Look-ups slice only the terms
	 * they compare; `terms` materialises the whole list for the callers that walk it (merging, tests).
	 */
	private readonly starts: Uint32Array;
	private list: string[] | undefined;

	private constructor(
		private readonly packed: string,
		readonly dfs: Uint32Array,
		list?: string[],
		starts?: Uint32Array,
	) {
		this.starts = starts?.length === dfs.length + 1 ? starts : offsetsOf(packed, dfs.length);
		this.list = list;
	}

	/** Terms with a frequency of 0 are left out. */
	static fromCounts(counts: Iterable<readonly [string, number]>): Dictionary {
		const entries = [...counts].filter(([, df]) => df > 0).sort((a, b) => compare(a[0], b[0]));
		const terms = entries.map(([term]) => term);
		return new Dictionary(terms.join('\n'), Uint32Array.from(entries, ([, df]) => df), terms);
	}

	static decode(encoded: EncodedDictionary): Dictionary {
		return new Dictionary(encoded.terms, encoded.dfs, undefined, encoded.starts);
	}

	/** The dictionary cut into slices (`sliceKey`), in key order. */
	slices(): {key: string; dictionary: Dictionary}[] {
		const slices: {key: string; dictionary: Dictionary}[] = [];
		for (let lo = 0; lo < this.size;) {
			const key = sliceKey(this.term(lo));
			const hi = key.length < 2 ? lo + 1 : this.lowerBound(`${key}\uffff`);
			const terms = Array.from({length: hi - lo}, (_, k) => this.term(lo + k));
			slices.push({key, dictionary: new Dictionary(terms.join('\n'), this.dfs.slice(lo, hi), terms)});
			lo = hi;
		}
		return slices;
	}

	/** Dictionaries whose terms follow one another (slices in key order) as one. */
	static join(parts: readonly Dictionary[]): Dictionary {
		const kept = parts.filter(part => part.size > 0);
		if (kept.length <= 1) {
			return kept[0] ?? Dictionary.empty;
		}
		const dfs = new Uint32Array(kept.reduce((sum, part) => sum + part.size, 0));
		const starts = new Uint32Array(dfs.length + 1);
		let count = 0;
		let offset = 0;
		for (const part of kept) {
			dfs.set(part.dfs, count);
			for (let i = 0; i < part.size; i++) starts[count + i] = offset + part.starts[i]!;
			count += part.size;
			offset += part.packed.length + 1;
		}
		starts[count] = offset;
		return new Dictionary(kept.map(part => part.packed).join('\n'), dfs, undefined, starts);
	}

	encode(): EncodedDictionary {
		return {terms: this.packed, dfs: this.dfs, starts: this.starts};
	}

	get size(): number {
		return this.dfs.length;
	}

	/** Every term, in order. */
	get terms(): readonly string[] {
		this.list ??= this.packed === '' ? [] : this.packed.split('\n');
		return this.list;
	}

	private term(i: number): string {
		return this.list ? this.list[i]! : this.packed.slice(this.starts[i], this.starts[i + 1]! - 1);
	}

	/** The index of the first term ≥ `term`. */
	private lowerBound(term: string): number {
		let lo = 0;
		let hi = this.size;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.term(mid) < term) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** The number of merged clips holding `term`; 0 when none does. */
	df(term: string): number {
		const i = this.lowerBound(term);
		return i < this.size && this.term(i) === term ? this.dfs[i]! : 0;
	}

	/** The index range of the terms starting with `prefix`. */
	private prefixRange(prefix: string): [number, number] {
		return [this.lowerBound(prefix), this.lowerBound(`${prefix}\uffff`)];
	}

	/** Every term starting with `prefix`, in dictionary order. */
	withPrefix(prefix: string): {terms: readonly string[]; dfs: Uint32Array} {
		const [lo, hi] = this.prefixRange(prefix);
		return {terms: Array.from({length: hi - lo}, (_, k) => this.term(lo + k)), dfs: this.dfs.subarray(lo, hi)};
	}

	/**
	 * Up to `limit` terms starting with `prefix`, most frequent first: while typing "minis", "minist" and
	 * "ministry" are worth a posting fetch, a rare misspelling is not.
	 */
	expandPrefix(prefix: string, limit: number): string[] {
		const [lo, hi] = this.prefixRange(prefix);
		const dfs = this.dfs;
		// A short prefix can cover thousands of terms: keep the best `limit` as we go instead of sorting all.
		const best: number[] = [];
		const better = (a: number, b: number) => dfs[a]! > dfs[b]! || (dfs[a] === dfs[b] && a < b);
		for (let i = lo; i < hi; i++) {
			if (best.length === limit && !better(i, best[limit - 1]!)) continue;
			let at = best.length;
			while (at > 0 && better(i, best[at - 1]!)) at--;
			best.splice(at, 0, i);
			if (best.length > limit) best.pop();
		}
		return best.map(i => this.term(i));
	}

	/** A new dictionary with the given document frequencies set (0 removes a term); one pass over both. */
	withCounts(changes: ReadonlyMap<string, number>): Dictionary {
		if (changes.size === 0) {
			return this;
		}
		const updates = [...changes].sort((a, b) => compare(a[0], b[0]));
		const own = this.terms;
		const terms: string[] = [];
		const dfs: number[] = [];
		let i = 0;
		let j = 0;
		while (i < own.length || j < updates.length) {
			const order = j >= updates.length ? -1 : i >= own.length ? 1 : compare(own[i]!, updates[j]![0]);
			const [term, df] = order < 0 ? [own[i]!, this.dfs[i]!] : updates[j]!;
			if (order <= 0) i++;
			if (order >= 0) j++;
			if (df > 0) {
				terms.push(term);
				dfs.push(df);
			}
		}
		return new Dictionary(terms.join('\n'), Uint32Array.from(dfs), terms);
	}
}
