/** Text comparison metrics: the article-extraction-benchmark's shingle metric and a bag-of-tokens F1. */

/** Unicode `\w+`, as the benchmark's Python regex matches words. */
const WORD = /[\p{L}\p{N}_]+/gu;

export function tokenize(text: string): string[] {
	return text.match(WORD) ?? [];
}

function countShingles(tokens: string[], size: number): Map<string, number> {
	const counts = new Map<string, number>();
	// Shorter texts still count as one shingle, as the benchmark's `ngrams` helper does.
	const last = Math.max(1, tokens.length - size + 1);
	for (let i = 0; i < last && tokens.length > 0; i++) {
		const key = tokens.slice(i, i + size).join(' ');
		counts.set(key, (counts.get(key) ?? 0) + 1);
	}
	return counts;
}

export type PrecisionRecall = {precision: number; recall: number};

/** Multiset overlap: TP = shared items, FP = predicted-only, FN = truth-only; both empty counts as perfect. */
function overlap(predicted: Map<string, number>, truth: Map<string, number>): PrecisionRecall {
	let predictedTotal = 0;
	let truthTotal = 0;
	let shared = 0;
	for (const count of predicted.values()) {
		predictedTotal += count;
	}
	for (const [key, count] of truth) {
		truthTotal += count;
		shared += Math.min(count, predicted.get(key) ?? 0);
	}
	if (predictedTotal === 0 && truthTotal === 0) {
		return {precision: 1, recall: 1};
	}
	return {
		precision: predictedTotal === 0 ? 0 : shared / predictedTotal,
		recall: truthTotal === 0 ? 0 : shared / truthTotal,
	};
}

/** The article-extraction-benchmark metric for one page: word 4-gram shingles as multisets. */
export function shinglePrecisionRecall(predicted: string, truth: string): PrecisionRecall {
	return overlap(countShingles(tokenize(predicted), 4), countShingles(tokenize(truth), 4));
}

/** F1 of the averaged precision and recall, as the benchmark reports its score. */
export function averagedF1(scores: PrecisionRecall[]): {precision: number; recall: number; f1: number} {
	const precision = mean(scores.map(score => score.precision));
	const recall = mean(scores.map(score => score.recall));
	return {precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall)};
}

/** Bag-of-words F1 for one page (case-insensitive), for the Readability regression corpus. */
export function tokenF1(predicted: string, truth: string): number {
	const bag = (text: string) => countShingles(tokenize(text.toLowerCase()), 1);
	const {precision, recall} = overlap(bag(predicted), bag(truth));
	return precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

export function mean(values: number[]): number {
	return values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function percentile(values: number[], fraction: number): number {
	if (values.length === 0) {
		return 0;
	}
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)]!;
}
