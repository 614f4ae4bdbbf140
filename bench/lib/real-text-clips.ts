/**
 * Clips of real text for the search benchmark: the article bodies of a real news corpus, replicated to a
 * library's size, each copy with an address of its own. Each copy starts at another paragraph, so copies of one article are not identical rows and their
 * snippets differ; addresses, dates and ids are drawn from a seed, so the same seed always gives the same clips.
 */
import type {Clip} from '../../src/shared/types.ts';
import {seededRandom} from './synthetic-clips.ts';

/** One article of the corpus: its true body text (paragraphs separated by blank lines) and its address. */
export type RealArticle = {url: string; text: string};

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** The body's paragraphs, the `turn`-th one first. */
function rotated(text: string, turn: number): string[] {
	const paragraphs = text.split(/\n\s*\n|\n/).map(paragraph => paragraph.trim()).filter(Boolean);
	if (paragraphs.length === 0) return [text];
	const at = turn % paragraphs.length;
	return [...paragraphs.slice(at), ...paragraphs.slice(0, at)];
}

/** The article's first sentence, cut to about a hundred characters: the corpus has bodies, not titles. */
function titleOf(text: string): string {
	const sentence = /^[^.!?\n]{10,}?[.!?](?=\s|$)/.exec(text.trim())?.[0] ?? text.trim();
	return sentence.length <= 100 ? sentence : `${sentence.slice(0, sentence.lastIndexOf(' ', 100))}…`;
}

/** `count` clips with ids 1…count, article i % articles.length for clip i. */
export function realTextClips(articles: readonly RealArticle[], count: number, {seed = 1}: {seed?: number} = {}): Clip[] {
	const random = seededRandom(seed);
	return Array.from({length: count}, (_, i): Clip => {
		const id = i + 1;
		const article = articles[i % articles.length]!;
		const copy = Math.floor(i / articles.length);
		const paragraphs = rotated(article.text, copy);
		const source = new URL(article.url);
		const host = source.hostname;
		source.searchParams.set('clip', String(id)); // one address per clip: the corpus repeats a few
		const url = source.href;
		const published = Date.UTC(2019, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000;
		const text = paragraphs.join('\n\n');
		return {
			isArticle: true, url, canonicalUrl: url,
			title: titleOf(article.text), publisher: host.replace(/^www\./, ''), byline: null,
			publishedAt: new Date(published).toISOString().slice(0, 10), updatedAt: null, language: 'en',
			summary: paragraphs[0]!.slice(0, 300), documentType: 'news story',
			contentHtml: `<div>\n${paragraphs.map(paragraph => `<p>${escapeHtml(paragraph)}</p>`).join('\n')}\n</div>`,
			text, contacts: [], links: [], warnings: [],
			id, clippedAt: published + Math.floor(random() * 400) * 86_400_000, tags: [], note: '', contentHash: `real-${seed}-${id}`, version: 1,
		};
	});
}
