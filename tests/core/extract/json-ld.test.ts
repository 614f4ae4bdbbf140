import assert from 'node:assert/strict';
import {test} from 'node:test';
import {parseHTML} from 'linkedom';
import {readJsonLd} from '../../../src/core/extract/json-ld.ts';

function facts(...blocks: string[]) {
	const scripts = blocks.map(block => `<script type="application/ld+json">${block}</script>`).join('');
	const {document} = parseHTML(`<!doctype html><html><head>${scripts}</head><body></body></html>`);
	return readJsonLd(document.querySelectorAll('script'));
}

test('reads the article node from an @graph and resolves @id references', () => {
	const result = facts(JSON.stringify({
		'@context': 'https://schema.org',
		'@graph': [
			{'@type': 'GovernmentOrganization', '@id': '#dept', name: 'Department for Ponds'},
			{'@type': 'NewsArticle', headline: 'Ponds get cleaner', datePublished: '2024-03-01T09:00:00Z', author: {'@id': '#dept'}, publisher: {'@type': 'Organization', name: 'GOV.UK'}},
		],
	}));
	assert.equal(result.headline, 'Ponds get cleaner');
	assert.equal(result.datePublished, '2024-03-01T09:00:00Z');
	assert.deepEqual(result.authorOrganisations, ['Department for Ponds']);
	assert.equal(result.publisher, 'GOV.UK');
	assert.ok(result.types.includes('GovernmentOrganization'));
});

test('separates people from organisations among authors', () => {
	const result = facts(JSON.stringify({'@type': 'Article', author: [{'@type': 'Person', name: 'Jo Bloggs'}, {'@type': 'Organization', name: 'Ministry of Lakes'}]}));
	assert.deepEqual(result.authorPeople, ['Jo Bloggs']);
	assert.deepEqual(result.authorOrganisations, ['Ministry of Lakes']);
});

test('survives broken JSON-LD and keeps the valid block', () => {
	const result = facts('{"@type": "NewsArticle", "headline": ', JSON.stringify({'@type': 'NewsArticle', headline: 'Valid'}));
	assert.equal(result.headline, 'Valid');
});

test('reports page types for listings and search pages', () => {
	assert.deepEqual(facts(JSON.stringify({'@type': 'SearchResultsPage'})).types, ['SearchResultsPage']);
});
