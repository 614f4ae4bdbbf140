/**
 * The real-text corpus of the search benchmark (the article bodies of ../shared/data/article-extraction-benchmark)
 * and the queries it is searched with. The queries are picked from the corpus's own words by fixed rules, not written
 * by hand for it: words most articles lack but several hold, pairs of them that meet in the same articles, their
 * first letters as typed, and the word pairs most articles repeat as phrases.
 */
import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {scanWords} from '../../src/core/search/tokenize.ts';
import type {RealArticle} from './real-text-clips.ts';

export function readRealArticles(dataRoot: string): RealArticle[] {
	const file = join(dataRoot, 'article-extraction-benchmark', 'ground-truth.json');
	const truth = JSON.parse(readFileSync(file, 'utf8')) as Record<string, {articleBody: string; url: string}>;
	return Object.keys(truth).sort().map(id => ({url: truth[id]!.url, text: truth[id]!.articleBody}));
}

/** Each article's distinct plain words (folded, five letters or more, not stop words) and its word pairs. */
function vocabulary(article: RealArticle): {words: Set<string>; pairs: Set<string>} {
	const spans = scanWords(article.text);
	const words = new Set<string>();
	const pairs = new Set<string>();
	spans.forEach((span, i) => {
		const plain = !span.stop && /^[a-z]{5,}$/.test(span.folded);
		if (plain) words.add(span.folded);
		const next = spans[i + 1];
		// Adjacent in the text, not across a sentence: only a space between them.
		if (plain && next && !next.stop && /^[a-z]{4,}$/.test(next.folded) && /^ $/.test(article.text.slice(span.end, next.start))) {
			pairs.add(`${span.folded} ${next.folded}`);
		}
	});
	return {words, pairs};
}

function counted(sets: readonly Set<string>[]): Map<string, number> {
	const counts = new Map<string, number>();
	for (const set of sets) for (const item of set) counts.set(item, (counts.get(item) ?? 0) + 1);
	return counts;
}

/** `count` items spread evenly over `items` (already in order). */
function spread<T>(items: readonly T[], count: number): T[] {
	if (items.length <= count) return [...items];
	return Array.from({length: count}, (_, k) => items[Math.floor((k * items.length) / count)]!);
}

const byCount = (counts: Map<string, number>) => (a: string, b: string) => counts.get(b)! - counts.get(a)! || (a < b ? -1 : 1);

/** The benchmark's query kinds (as search-queries.ts has them for the synthetic clips), and words typed a key at a time. */
export function realTextQueries(articles: readonly RealArticle[]): {kinds: Record<string, string[]>; typing: string[]} {
	const vocabularies = articles.map(vocabulary);
	const wordCounts = counted(vocabularies.map(v => v.words));
	const n = articles.length;
	// Selective words: in at least three articles and 3% of them, in at most 15%.
	const selective = [...wordCounts.keys()]
		.filter(word => wordCounts.get(word)! >= Math.max(3, 0.03 * n) && wordCounts.get(word)! <= 0.15 * n)
		.sort(byCount(wordCounts));
	const words = spread(selective, 8);
	// Pairs of selective words held by the same articles, most shared first, each word in one pair at most.
	const top = selective.slice(0, 60);
	const together = new Map<string, number>();
	for (const {words: held} of vocabularies) {
		const present = top.filter(word => held.has(word));
		for (let a = 0; a < present.length; a++) {
			for (let b = a + 1; b < present.length; b++) {
				const key = `${present[a]} ${present[b]}`;
				together.set(key, (together.get(key) ?? 0) + 1);
			}
		}
	}
	const used = new Set<string>();
	const twoWords: string[] = [];
	for (const pair of [...together.keys()].sort(byCount(together))) {
		const [a, b] = pair.split(' ') as [string, string];
		if (used.has(a) || used.has(b) || together.get(pair)! < 2) continue;
		used.add(a).add(b);
		twoWords.push(`${pair} `);
		if (twoWords.length === 8) break;
	}
	const pairCounts = counted(vocabularies.map(v => v.pairs));
	const phrases = [...pairCounts.keys()].filter(pair => pairCounts.get(pair)! >= 2).sort(byCount(pairCounts)).slice(0, 8).map(pair => `"${pair}"`);
	// A host holding one of the words, for site filters; dates as the clips have them (2019–2024).
	const hostWith = (word: string) => new URL(articles[vocabularies.findIndex(v => v.words.has(word))]!.url).hostname.replace(/^www\./, '');
	const hosts = [...new Set(articles.map(article => new URL(article.url).hostname.replace(/^www\./, '')))].sort();
	return {
		kinds: {
			'one word': words.map(word => `${word} `),
			'two words': twoWords,
			'prefix (typing)': words.map(word => word.slice(0, Math.max(4, word.length - 3))),
			phrase: phrases,
			'text+filter': words.map((word, k) => (k % 2 === 0 ? `${word} site:${hostWith(word)}` : `${word} after:${2019 + (k % 5)}-01-01`)),
			'filter only': [`site:${hosts[0]}`, `site:${hosts[Math.floor(hosts.length / 2)]} after:2021-01-01`, 'published:2022', 'after:2024-01-01'],
		},
		typing: words.slice(0, 6).flatMap(word => Array.from({length: word.length - 1}, (_, i) => word.slice(0, i + 2))),
	};
}
