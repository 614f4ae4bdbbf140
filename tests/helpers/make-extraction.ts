/** Builds a valid Extraction for tests; override only what the test is about. */
import type {Extraction} from '../../src/shared/types.ts';

export function makeExtraction(overrides: Partial<Extraction> = {}): Extraction {
	return {
		isArticle: true,
		url: 'https://www.gov.uk/government/news/example',
		canonicalUrl: 'https://www.gov.uk/government/news/example',
		title: 'New funding for coastal towns',
		publisher: 'Department for Levelling Up',
		byline: null,
		publishedAt: '2026-02-03',
		updatedAt: null,
		language: 'en',
		summary: 'Coastal towns will receive new funding.',
		documentType: 'press release',
		contentHtml: '<p>Coastal towns will receive new funding.</p><p>The fund opens in April.</p>',
		text: 'Coastal towns will receive new funding.\n\nThe fund opens in April.',
		contacts: [{name: 'Press office', role: null, organisation: 'Department for Levelling Up', emails: ['press@dluhc.example.gov.uk'], phones: ['+442079460000'], raw: 'Press office: press@dluhc.example.gov.uk, 020 7946 0000'}],
		links: [{label: 'Coastal fund guidance', href: 'https://www.gov.uk/guidance/coastal-fund', kind: 'related'}],
		warnings: [],
		...overrides,
	};
}
