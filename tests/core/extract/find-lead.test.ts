import assert from 'node:assert/strict';
import {test} from 'node:test';
import {fallbackSummary} from '../../../src/core/extract/find-lead.ts';

test('a document-type kicker is never the summary: the first sentence of the body is', () => {
	const text = 'Press release\n\nPressemitteilung 31/2024 · 12. April 2024\n\nTwelve seaside towns will receive funding to restore piers.\n\nMore text follows here.';
	assert.equal(fallbackSummary(text, 'Press release'), 'Twelve seaside towns will receive funding to restore piers.');
});

test('Readability\'s excerpt stands in only when it reads as prose', () => {
	assert.equal(fallbackSummary('Inspection report', 'The hospital has moved from requires improvement to good.'), 'The hospital has moved from requires improvement to good.');
	assert.equal(fallbackSummary('Inspection report', 'Foreign and Commonwealth Office'), null);
});
