// Invented clips for the export tests: a GOV.UK press release, a German Pressemitteilung, and a hostile page.
import type {Clip} from '../../../src/shared/types.ts';
import {createNodeSanitizer} from '../../../src/cli/node-sanitizer.ts';

export const NOW = Date.UTC(2026, 0, 15, 10, 30);
export const sanitizer = createNodeSanitizer();

export function makeClip(overrides: Partial<Clip> = {}): Clip {
	return {
		isArticle: true,
		url: 'https://www.gov.uk/government/news/example?utm_source=x',
		canonicalUrl: 'https://www.gov.uk/government/news/example',
		title: 'Example',
		publisher: 'Cabinet Office',
		byline: null,
		publishedAt: '2025-03-04',
		updatedAt: null,
		language: 'en',
		summary: null,
		documentType: 'news story',
		contentHtml: '<p>Text.</p>',
		text: 'Text.',
		contacts: [],
		links: [],
		warnings: [],
		id: 1,
		clippedAt: Date.UTC(2026, 0, 14, 9, 0),
		tags: [],
		note: '',
		contentHash: 'hash',
		version: 1,
		...overrides,
	};
}

export const govukClip = makeClip({
	id: 11,
	url: 'https://www.gov.uk/government/news/sin-sg-facilitates-new-uk-sg-mou',
	canonicalUrl: 'https://www.gov.uk/government/news/sin-sg-facilitates-new-uk-sg-mou',
	title: 'SIN SG facilitates new UK-SG MoU',
	publisher: 'Foreign & Commonwealth Office',
	publishedAt: '2019-06-20',
	updatedAt: '2019-06-21T09:30:00+01:00',
	documentType: 'press release',
	summary: 'The UK and Singapore signed a memorandum of understanding on digital trade standards.',
	contentHtml: [
		'<p>The UK and Singapore today signed a <strong>memorandum of understanding</strong> on digital trade standards.</p>',
		'<h2>What the agreement covers</h2>',
		'<ul><li>Electronic trade documents</li><li>Cross-border <em>data</em> flows</li></ul>',
		'<table><thead><tr><th>Area</th><th>Lead</th></tr></thead><tbody><tr><td>Standards</td><td>BSI | Enterprise SG</td></tr></tbody></table>',
		'<p>Read the <a href="https://www.gov.uk/government/publications/uk-sg-mou">full text of the MoU</a>.</p>',
		'<p><img src="https://assets.publishing.service.gov.uk/media/signing.jpg" alt="The signing ceremony"></p>',
	].join(''),
	text: 'The UK and Singapore today signed a memorandum of understanding. The Foreign and Commonwealth Office (FCO) said…',
	contacts: [
		{name: 'FCO Press Office', role: null, organisation: 'Foreign & Commonwealth Office', emails: ['newsdesk@fco.example.gov.uk'], phones: ['+442070081500'], raw: 'FCO Press Office\nnewsdesk@fco.example.gov.uk\n020 7008 1500'},
		{name: 'Jane Example', role: 'Trade Envoy', organisation: null, emails: ['jane.example@fco.example.gov.uk'], phones: [], raw: 'Jane Example, Trade Envoy'},
	],
	links: [
		{label: 'Original release on GOV.UK', href: 'https://www.gov.uk/government/news/sin-sg-facilitates-new-uk-sg-mou', kind: 'source'},
		{label: 'UK-SG MoU on digital trade standards', href: 'https://assets.publishing.service.gov.uk/media/uk-sg-mou.pdf', kind: 'attachment', details: 'PDF, 1.2 MB, 24 pages'},
		{label: 'UK-Singapore Digital Economy Agreement', href: 'https://www.gov.uk/government/collections/uk-singapore-dea', kind: 'related'},
		{label: 'full text of the MoU', href: 'https://www.gov.uk/government/publications/uk-sg-mou', kind: 'inline'},
	],
	tags: ['trade', 'Singapore'],
});

export const germanClip = makeClip({
	id: 12,
	url: 'https://www.bmi.bund.de/SharedDocs/pressemitteilungen/DE/2025/03/foerderrichtlinie.html',
	canonicalUrl: 'https://www.bmi.bund.de/SharedDocs/pressemitteilungen/DE/2025/03/foerderrichtlinie.html',
	title: 'Neue Förderrichtlinie: Länder erhalten 50 Mio. Euro für den Bevölkerungsschutz',
	publisher: 'Bundesministerium des Innern und für Heimat',
	publishedAt: '2025-03-12T10:15:00+01:00',
	documentType: 'Pressemitteilung',
	language: 'de',
	contentHtml: '<p>Die Bundesinnenministerin hat heute eine neue Förderrichtlinie für den Katastrophenschutz vorgestellt. Größere Übungen werden gefördert.</p>',
	text: 'Die Bundesinnenministerin hat heute eine neue Förderrichtlinie vorgestellt.',
	contacts: [
		{name: 'Pressestelle', role: null, organisation: 'Bundesministerium des Innern und für Heimat', emails: ['Presse@bmi.example.bund.de'], phones: ['+4930186811022'], raw: 'Pressestelle\nTelefon: 030 18 681-1022'},
	],
	links: [
		{label: 'Förderrichtlinie (PDF)', href: 'https://www.bmi.bund.de/SharedDocs/downloads/DE/foerderrichtlinie.pdf', kind: 'attachment', details: 'PDF, 300 KB'},
	],
	tags: ['Bevölkerungsschutz'],
});

export const HOSTILE_TITLE = '=HYPERLINK("http://evil.test","x"): "quoted" \n---\nadmin: true # not a comment [x](javascript:alert(1)) \u202Egnp.exe \uD800';

export const hostileClip = makeClip({
	id: 13,
	url: 'https://evil.example/news',
	canonicalUrl: 'javascript:alert(document.cookie)',
	title: HOSTILE_TITLE,
	publisher: '<script>alert("publisher")</script> & <b>Co</b>',
	publishedAt: '2024-02-29',
	documentType: 'press release',
	contentHtml: [
		'<p>Hello<script>alert(1)</script></p>',
		'<p><a href="javascript:alert(2)">click</a> <a href=" JaVaScRiPt:alert(3)">again</a></p>',
		'<p><img src="x" onerror="alert(4)"> &lt;img src=x onerror=alert(5)&gt; &amp;lt;b&amp;gt;</p>',
		'<p>[label](javascript:alert(6)) and <code>|pipe|</code></p>',
		'<table><tr><td>no | header</td><td><a href="vbscript:msgbox(1)">vb</a></td></tr></table>',
	].join(''),
	text: 'Hello',
	contacts: [
		{name: '<img src=x onerror=alert(7)>', role: null, organisation: null, emails: ['newsdesk@fco.example.gov.uk'], phones: [], raw: '<img>'},
	],
	links: [
		{label: 'Bad [link](x)', href: 'javascript:alert(8)', kind: 'related'},
		{label: 'Data', href: 'data:text/html,<script>alert(9)</script>', kind: 'attachment'},
	],
	tags: ['@SUM(1+1)', '-2+3', '+cmd', '\tTabbed', 'plain'],
});
