/**
 * The in-memory dictionary: every indexed term, sorted, with its document frequency. Loaded whole when a
 * search opens; exact look-ups and prefix expansion are binary searches over it.
 */

/** How the storage layer keeps a dictionary: one string and one typed array, cheap to structured-clone. */
export type EncodedDictionary = {
	/** The terms in code-unit order, joined by "\n" (no term contains one). */
	terms: string;
	dfs: Uint32Array;
};

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

export class Dictionary {
	static readonly empty = new Dictionary([], new Uint32Array(0));

	private constructor(
		readonly terms: readonly string[],
		readonly dfs: Uint32Array,
	) {}

	/** Terms with a frequency of 0 are left out. */
	static fromCounts(counts: Iterable<readonly [string, number]>): Dictionary {
		const entries = [...counts].filter(([, df]) => df > 0).sort((a, b) => compare(a[0], b[0]));
		return new Dictionary(entries.map(([term]) => term), Uint32Array.from(entries, ([, df]) => df));
	}

	static decode(encoded: EncodedDictionary): Dictionary {
		return new Dictionary(encoded.terms === '' ? [] : encoded.terms.split('\n'), encoded.dfs);
	}

	encode(): EncodedDictionary {
		return {terms: this.terms.join('\n'), dfs: this.dfs};
	}

	get size(): number {
		return this.terms.length;
	}

	/** The index of the first term ≥ `term`. */
	private lowerBound(term: string): number {
		let lo = 0;
		let hi = this.terms.length;
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.terms[mid]! < term) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** The number of merged clips holding `term`; 0 when none does. */
	df(term: string): number {
		const i = this.lowerBound(term);
		return this.terms[i] === term ? this.dfs[i]! : 0;
	}

	/** Every term starting with `prefix`, in dictionary order. */
	withPrefix(prefix: string): {terms: readonly string[]; dfs: Uint32Array} {
		const lo = this.lowerBound(prefix);
		const hi = this.lowerBound(`${prefix}\uffff`);
		return {terms: this.terms.slice(lo, hi), dfs: this.dfs.subarray(lo, hi)};
	}

	/**
	 * Up to `limit` terms starting with `prefix`, most frequent first: while typing "minis", "minist" and
	 * "ministry" are worth a posting fetch, a rare misspelling is not.
	 */
	expandPrefix(prefix: string, limit: number): string[] {
		const {terms, dfs} = this.withPrefix(prefix);
		// A short prefix can cover thousands of terms: keep the best `limit` as we go instead of sorting all.
		const best: number[] = [];
		const better = (a: number, b: number) => dfs[a]! > dfs[b]! || (dfs[a] === dfs[b] && a < b);
		for (let i = 0; i < terms.length; i++) {
			if (best.length === limit && !better(i, best[limit - 1]!)) continue;
			let at = best.length;
			while (at > 0 && better(i, best[at - 1]!)) at--;
			best.splice(at, 0, i);
			if (best.length > limit) best.pop();
		}
		return best.map(i => terms[i]!);
	}

	/** A new dictionary with the given document frequencies set (0 removes a term); one pass over both. */
	withCounts(changes: ReadonlyMap<string, number>): Dictionary {
		if (changes.size === 0) {
			return this;
		}
		const updates = [...changes].sort((a, b) => compare(a[0], b[0]));
		const terms: string[] = [];
		const dfs: number[] = [];
		let i = 0;
		let j = 0;
		while (i < this.terms.length || j < updates.length) {
			const order = j >= updates.length ? -1 : i >= this.terms.length ? 1 : compare(this.terms[i]!, updates[j]![0]);
			const [term, df] = order < 0 ? [this.terms[i]!, this.dfs[i]!] : updates[j]!;
			if (order <= 0) i++;
			if (order >= 0) j++;
			if (df > 0) {
				terms.push(term);
				dfs.push(df);
			}
		}
		return new Dictionary(terms, Uint32Array.from(dfs));
	}
}
