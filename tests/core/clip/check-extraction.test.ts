import {test} from 'node:test';
import assert from 'node:assert/strict';
import {checkExtraction, LIMITS} from '../../../src/core/clip/check-extraction.ts';
import {AppError} from '../../../src/shared/errors.ts';
import {makeExtraction} from '../../helpers/make-extraction.ts';

const PAGE = 'https://www.gov.uk/government/news/example';

test('a well-formed extraction passes, with the page URL taken from the browser, not the page', () => {
	const checked = checkExtraction({...makeExtraction(), url: 'https://evil.example/spoof'}, PAGE);
	assert.equal(checked.url, PAGE);
	assert.equal(checked.title, 'New funding for coastal towns');
});

test('links keep only http(s) and mailto addresses', () => {
	const checked = checkExtraction(makeExtraction({links: [
		{label: 'ok', href: 'https://a.test/x', kind: 'related'},
		{label: 'js', href: 'javascript:alert(1)', kind: 'related'},
		{label: 'data', href: 'data:text/html,<script>alert(1)</script>', kind: 'attachment'},
		{label: 'odd kind', href: 'http://b.test/', kind: 'weird' as never},
	]}), PAGE);
	assert.deepEqual(checked.links.map(link => [link.href, link.kind]), [['https://a.test/x', 'related'], ['http://b.test/', 'related']]);
});

test('malformed shapes are refused with a typed error', () => {
	for (const bad of [null, 42, 'text', {...makeExtraction(), title: 7}, {...makeExtraction(), contacts: 'x'}]) {
		assert.throws(() => checkExtraction(bad, PAGE), (error: unknown) => error instanceof AppError && error.code === 'BAD_MESSAGE');
	}
});

test('an oversized body is refused as too large', () => {
	assert.throws(
		() => checkExtraction(makeExtraction({contentHtml: 'x'.repeat(LIMITS.html)}), PAGE),
		(error: unknown) => error instanceof AppError && error.code === 'TOO_LARGE',
	);
});

test('long metadata is cut, lists are capped', () => {
	const checked = checkExtraction(makeExtraction({
		title: 'T'.repeat(LIMITS.field * 2),
		links: Array.from({length: LIMITS.links + 10}, (_, index) => ({label: `l${index}`, href: `https://a.test/${index}`, kind: 'related' as const})),
	}), PAGE);
	assert.equal(checked.title.length, LIMITS.field);
	assert.equal(checked.links.length, LIMITS.links);
});
