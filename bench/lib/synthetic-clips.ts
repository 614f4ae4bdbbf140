/**
 * Seeded synthetic government news for benchmarks: clips of about 600 words built from press-release
 * sentence patterns, real department names and a long tail of invented names, places and case numbers,
 * so that term frequencies look like a real library's. The same seed always gives the same clips.
 */
import type {Clip} from '../../src/shared/types.ts';

/** mulberry32: small, fast and good enough for test data. */
export function seededRandom(seed: number): () => number {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

export const DEPARTMENTS = [
	'Cabinet Office', 'HM Treasury', 'Home Office', 'Department for Education', 'Department of Health and Social Care',
	'Department for Energy Security and Net Zero', 'Ministry of Defence', 'Department for Transport', 'Foreign, Commonwealth & Development Office',
	'Department for Work and Pensions', 'Ministry of Justice', 'Department for Environment, Food & Rural Affairs',
	'Ministry of Housing, Communities and Local Government', 'Department for Business and Trade', 'European Commission',
];
const TYPES = ['press release', 'news story', 'speech', 'statement', 'policy paper', 'consultation outcome'];
const HOSTS = ['www.gov.uk', 'www.gov.uk', 'www.gov.uk', 'ec.europa.eu', 'www.canada.ca', 'www.gov.sg', 'www.wiredgov.net'];
const TOPICS: Record<string, string[]> = {
	housing: ['housing', 'homes', 'brownfield', 'planning', 'councils', 'tenants', 'landlords', 'rent', 'affordable', 'developers', 'green belt', 'leasehold'],
	energy: ['energy', 'net zero', 'heat pumps', 'offshore wind', 'solar', 'grid', 'emissions', 'hydrogen', 'nuclear', 'bills', 'insulation', 'carbon capture'],
	health: ['NHS', 'hospitals', 'patients', 'waiting lists', 'nurses', 'GP appointments', 'dental', 'vaccination', 'mental health', 'social care', 'ambulance', 'pharmacies'],
	education: ['schools', 'teachers', 'pupils', 'apprenticeships', 'universities', 'curriculum', 'childcare', 'special educational needs', 'tuition', 'Ofsted', 'exams', 'skills'],
	justice: ['prisons', 'courts', 'sentencing', 'police', 'knife crime', 'victims', 'probation', 'offenders', 'legal aid', 'fraud', 'magistrates', 'antisocial behaviour'],
	transport: ['rail', 'buses', 'roads', 'potholes', 'electric vehicles', 'charging points', 'airports', 'cycling', 'HS2', 'freight', 'timetables', 'level crossings'],
	trade: ['exports', 'tariffs', 'trade deal', 'investment', 'small businesses', 'supply chains', 'free ports', 'customs', 'manufacturing', 'growth', 'jobs', 'regulation'],
	defence: ['armed forces', 'veterans', 'procurement', 'warships', 'NATO', 'cyber security', 'recruitment', 'Ukraine', 'munitions', 'training', 'bases', 'drones'],
};
const COMMON = ['government', 'minister', 'secretary of state', 'department', 'public', 'support', 'funding', 'plan', 'communities', 'people', 'services', 'local', 'national', 'review', 'programme', 'strategy', 'consultation', 'announcement', 'package', 'reform', 'families', 'country', 'economy', 'regions', 'partners'];
const VERBS = ['announced', 'confirmed', 'published', 'launched', 'set out', 'welcomed', 'expanded', 'backed', 'delivered', 'will introduce', 'is investing in', 'will review'];
const SYLLABLES = ['ash', 'bel', 'brook', 'by', 'cal', 'der', 'don', 'field', 'ford', 'gate', 'ham', 'hurst', 'kin', 'lan', 'ley', 'mar', 'mere', 'mor', 'ness', 'ton', 'wick', 'worth', 'ridge', 'stan', 'wel', 'dal', 'pen', 'tre'];

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const capital = (word: string) => word[0]!.toUpperCase() + word.slice(1);

/** An invented proper name: the long tail of a real vocabulary (people, towns, schemes). */
function name(random: Random): string {
	const parts = 2 + Math.floor(random() * 2);
	return capital(Array.from({length: parts}, () => pick(random, SYLLABLES)).join(''));
}

const SENTENCES: ((r: Random, topic: string[], dept: string) => string)[] = [
	(r, t, d) => `The ${d} today ${pick(r, VERBS)} a £${1 + Math.floor(r() * 900)} million ${pick(r, COMMON)} for ${pick(r, t)} and ${pick(r, t)}.`,
	(r, t) => `The ${pick(r, COMMON)} will help ${pick(r, COMMON)} in ${name(r)} and ${name(r)} with ${pick(r, t)}.`,
	(r, t) => `${capital(pick(r, COMMON))} minister ${name(r)} said: "This is a major step for ${pick(r, t)}, and for ${pick(r, COMMON)} across the ${pick(r, COMMON)}."`,
	(r, t) => `Around ${1 + Math.floor(r() * 99)},${String(Math.floor(r() * 1000)).padStart(3, '0')} ${pick(r, t)} are expected to benefit by ${2024 + Math.floor(r() * 6)}.`,
	(r, t) => `The ${pick(r, COMMON)} follows a ${pick(r, COMMON)} on ${pick(r, t)}, which received ${100 + Math.floor(r() * 4000)} responses.`,
	(r, t) => `Local ${pick(r, COMMON)} in ${name(r)} have ${pick(r, VERBS)} new ${pick(r, t)} to improve ${pick(r, t)}.`,
	(r, t) => `Further details on ${pick(r, t)} will be published in the ${pick(r, ['spring', 'summer', 'autumn', 'winter'])}, alongside guidance for ${pick(r, COMMON)}.`,
	(r, t) => `Figures show ${pick(r, t)} rose by ${1 + Math.floor(r() * 40)} per cent last year, while ${pick(r, t)} fell in ${name(r)}.`,
	(r, t) => `The ${name(r)} ${capital(pick(r, ['Fund', 'Scheme', 'Review', 'Taskforce', 'Partnership']))} will support ${pick(r, t)} and ${pick(r, COMMON)}.`,
	(r, t) => `Reference ${pick(r, ['IP', 'PR', 'MR'])}/${20 + Math.floor(r() * 6)}/${1000 + Math.floor(r() * 9000)} sets out how ${pick(r, t)} will be delivered.`,
];

function article(random: Random, topic: string[], dept: string, words: number): string {
	const sentences: string[] = [];
	let count = 0;
	while (count < words) {
		const sentence = pick(random, SENTENCES)(random, topic, dept);
		sentences.push(sentence);
		count += sentence.split(' ').length;
	}
	return sentences.join(' ');
}

/**
 * The body as sanitised HTML, shaped like a news page's: paragraphs of a few sentences, a link now and then.
 * Stored bodies are mostly this HTML, so what a query must not read is realistic in size.
 */
function articleHtml(text: string, host: string): string {
	const sentences = text.split(/(?<=[.!?"])\s+/);
	const paragraphs: string[] = [];
	for (let at = 0; at < sentences.length; at += 4) {
		const paragraph = sentences.slice(at, at + 4).join(' ').replace(/&/g, '&amp;').replace(/</g, '&lt;');
		paragraphs.push(at % 12 === 8 ? `<p>${paragraph} <a href="https://${host}/guidance/${at}">Read the guidance</a>.</p>` : `<p>${paragraph}</p>`);
	}
	return `<div class="govspeak">\n${paragraphs.join('\n')}\n</div>`;
}

/** `count` clips with ids 1…count; the same seed gives the same clips. */
export function syntheticClips(count: number, {seed = 1, words = 600}: {seed?: number; words?: number} = {}): Clip[] {
	const random = seededRandom(seed);
	const topics = Object.keys(TOPICS);
	return Array.from({length: count}, (_, i): Clip => {
		const id = i + 1;
		const topicName = pick(random, topics);
		const topic = [...TOPICS[topicName]!, ...TOPICS[pick(random, topics)]!.slice(0, 4)];
		const dept = pick(random, DEPARTMENTS);
		const host = pick(random, HOSTS);
		const published = Date.UTC(2019, 0, 1) + Math.floor(random() * 6 * 365) * 86_400_000;
		const url = `https://${host}/news/${topicName}-${id}`;
		const clip: Clip = {
			isArticle: true, url, canonicalUrl: url,
			title: `${capital(pick(random, VERBS))}: ${pick(random, topic)} ${pick(random, COMMON)} for ${name(random)}`,
			publisher: dept, byline: null,
			publishedAt: new Date(published).toISOString().slice(0, 10), updatedAt: null, language: 'en',
			summary: article(random, topic, dept, 25), documentType: pick(random, TYPES),
			contentHtml: '', text: article(random, topic, dept, words),
			contacts: [{name: name(random), role: 'Press officer', organisation: dept, emails: [`press@${host.replace('www.', '')}`], phones: ['+442072761234'], raw: `Press office, ${dept}: press@${host.replace('www.', '')}`}],
			links: [], warnings: [],
			id, clippedAt: published + Math.floor(random() * 400) * 86_400_000, tags: [topicName], note: '', contentHash: `synthetic-${seed}-${id}`, version: 1,
		};
		// After every random draw, so the same seed still gives the same words as before bodies had HTML.
		clip.contentHtml = articleHtml(clip.text, host);
		clip.links = Array.from({length: 6}, (_, k) => ({label: `Related: ${topicName} update ${id}-${k}`, href: `https://${host}/news/${topicName}-${(id * 7 + k) % count + 1}`, kind: 'related' as const}));
		return clip;
	});
}
