// The contact and link fixture pages: what a reader would call contacts and related links, and none of the traps.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {describe, test} from 'node:test';
import {parseHTML} from 'linkedom';
import {findContacts} from '../../../src/core/extract/contacts.ts';
import {findLinks} from '../../../src/core/extract/links.ts';

const PAGE_URL = 'https://fixture.test/post'; // The fixture harness's address: countries must come from the page itself.

type Expected = {
	emails: string[];
	phones: string[];
	names?: (string | null)[];
	/** Every link that is not inline, as "kind href". */
	links: string[];
};

const FIXTURES: Record<string, Expected> = {
	'contacts-govuk-press-release': {
		emails: ['newsdesk@coastal.gov.uk'],
		phones: ['+442079460321', '+442079460999'],
		links: [
			'attachment https://fixture.test/government/publications/coastal-regeneration-fund-allocations/allocations.csv',
			'attachment https://assets.publishing.service.gov.uk/media/65f0/coastal-regeneration-fund-prospectus.pdf',
			'related https://fixture.test/government/publications/coastal-communities-strategy',
			'related https://fixture.test/government/news/seaside-heritage-grants-open',
		],
	},
	'links-wiredgov-syndicated': {
		emails: [],
		phones: [],
		names: ['Wei Ling Koh'],
		links: [
			'related https://www.wired-gov.example/wg/news.nsf/articles/DigitalMoU?OpenDocument',
			'related https://www.gov.uk/government/publications/open-standards-principles',
			'source https://www.gov.uk/government/organisations/foreign-commonwealth-office',
			'source https://www.gov.uk/government/news/trade-envoy-opens-digital-skills-exchange-with-singapore',
		],
	},
	'contacts-govsg-media-release': {
		emails: ['nur_aisyah_binte_rahman@msa.gov.sg', 'daniel_tan@msa.gov.sg'],
		phones: ['+6561234567', '+6591234567'],
		names: ['Nur Aisyah Binte Rahman', 'Daniel Tan'],
		links: ['attachment https://fixture.test/files/media-releases/estate-fixes-factsheet.pdf'],
	},
	'contacts-canada-news-release': {
		emails: ['marie.exemple@ised-isde.gc.ca', 'media@ised-isde.gc.ca'],
		phones: ['+16135550142', '+13432911777'],
		names: ['Marie Exemple', null],
		links: [
			'related https://fixture.test/en/innovation-science-economic-development/programs/universal-broadband-fund.html',
			'related https://crtc.gc.ca/eng/internet/internet.htm',
		],
	},
	'contacts-ec-press-corner': {
		emails: ['sofia.exemplo@ec.europa.eu', 'jan.beispiel@ec.europa.eu'],
		phones: ['+3222980123', '+3222954567', '+80067891011'],
		names: ['Sofia EXEMPLO', 'Jan BEISPIEL', null],
		links: [
			'related https://single-market-economy.ec.europa.eu/sectors/electrical-and-electronic-engineering-industries-eei/common-charger_en',
			'attachment https://ec.europa.eu/commission/presscorner/api/files/attachment/878000/Factsheet_e-bike_chargers.pdf',
			'attachment https://ec.europa.eu/commission/presscorner/api/files/document/print/en/ip_24_2211/IP_24_2211_EN.pdf',
		],
	},
	'contacts-de-pressemitteilung': {
		emails: ['presse@bmbeispiel.bund.example'],
		phones: ['+4930185551234'],
		links: [
			'attachment https://www.bmbeispiel.bund.example/SharedDocs/Pressemitteilungen/DE/2024/pm_031.pdf?__blob=publicationFile&v=3',
			'related https://www.bmbeispiel.bund.example/DE/Themen/Radverkehr/radverkehr_node.html?nn=31337',
			'related https://www.bmbeispiel.bund.example/SharedDocs/Pressemitteilungen/DE/2023/pm_112.html?nn=31337',
		],
	},
	'links-fr-communique': {
		emails: ['service-presse@exemple.gouv.fr'],
		phones: ['+33140158000'],
		links: [
			'attachment https://fixture.test/media/1234/download?inline',
			'attachment https://fixture.test/sites/default/files/2024-04/cahier-des-charges.odt',
			'related https://fixture.test/politiques/lecture-publique',
			'related https://www.data.gouv.fr/fr/datasets/bibliotheques-publiques/',
		],
	},
};

function load(slug: string): Document {
	const html = readFileSync(new URL(`../../fixtures/extract/${slug}/source.html`, import.meta.url), 'utf8');
	return parseHTML(html).document as unknown as Document;
}

for (const [slug, expected] of Object.entries(FIXTURES)) {
	describe(slug, () => {
		test('finds the contacts, their emails and phones, and nothing from footers or share links', () => {
			const contacts = findContacts(load(slug), {url: PAGE_URL});
			assert.deepEqual(contacts.flatMap(contact => contact.emails), expected.emails);
			assert.deepEqual(contacts.flatMap(contact => contact.phones), expected.phones);
			if (expected.names) {
				assert.deepEqual(contacts.map(contact => contact.name), expected.names);
			}
		});

		test('finds the related links, attachments and sources, and no navigation', () => {
			const links = findLinks(load(slug), {url: PAGE_URL}).filter(link => link.kind !== 'inline');
			assert.deepEqual(links.map(link => `${link.kind} ${link.href}`), expected.links);
		});
	});
}
