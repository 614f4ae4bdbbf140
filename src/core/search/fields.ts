/** The fields a clip is indexed in, their weights and length normalisation (BM25F), and the BM25 constants. */

export type FieldName = 'title' | 'summary' | 'contacts' | 'department' | 'body';

export type FieldSpec = {
	name: FieldName;
	/** How much one occurrence here counts against one in the body. */
	weight: number;
	/** BM25's b for this field: how much a long field is penalised. */
	b: number;
	/** The field's typical length in indexed terms (see `termWeight` for why it is fixed). */
	typicalLength: number;
};

export const FIELDS: readonly FieldSpec[] = [
	{name: 'title', weight: 5, b: 0.5, typicalLength: 10},
	{name: 'summary', weight: 3, b: 0.6, typicalLength: 30},
	{name: 'contacts', weight: 2, b: 0.5, typicalLength: 25},
	{name: 'department', weight: 2, b: 0.3, typicalLength: 4},
	{name: 'body', weight: 1, b: 0.75, typicalLength: 400},
];

export const K1 = 1.2;

/** Stored weights are multiples of 1/1024 below 64, so they survive the Uint16 packing in postings.ts exactly. */
export const WEIGHT_SCALE = 1024;
export const MAX_WEIGHT = 65535 / WEIGHT_SCALE;

/**
 * BM25F's pseudo-frequency of one term in one clip: Σ weight × tf / (1 − b + b × length / typical length).
 * The typical lengths are constants, not corpus averages: the weight of a clip then never changes after it
 * is indexed, so postings need no rewrite as the library grows, and a rebuild gives the same bytes.
 */
export function termWeight(frequencies: ArrayLike<number>, lengths: ArrayLike<number>): number {
	let weight = 0;
	for (let f = 0; f < FIELDS.length; f++) {
		const tf = frequencies[f] ?? 0;
		if (tf > 0) {
			const {weight: w, b, typicalLength} = FIELDS[f]!;
			weight += (w * tf) / (1 - b + (b * (lengths[f] ?? 0)) / typicalLength);
		}
	}
	return Math.min(MAX_WEIGHT, Math.max(1 / WEIGHT_SCALE, Math.round(weight * WEIGHT_SCALE) / WEIGHT_SCALE));
}

/** BM25's idf in the "+1" form Lucene uses, so a word every clip holds still counts a little. */
export function idf(documentFrequency: number, documentCount: number): number {
	const df = Math.min(documentFrequency, documentCount);
	return Math.max(1e-6, Math.log(1 + (documentCount - df + 0.5) / (df + 0.5)));
}

/** One term's contribution to a clip's score, from its stored pseudo-frequency. */
export function termScore(idfValue: number, weight: number): number {
	return weight <= 0 ? 0 : (idfValue * weight * (K1 + 1)) / (weight + K1);
}
