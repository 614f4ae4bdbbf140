import {test} from 'node:test';
import assert from 'node:assert/strict';
import {classifyContentType, classifyPageUrl} from '../../../src/core/clip/page-access.ts';

test('browser pages, extension stores and odd schemes are restricted', () => {
	for (const url of ['chrome://settings', 'about:addons', 'edge://flags', 'view-source:https://a.test', 'moz-extension://x/popup.html',
		'https://chromewebstore.google.com/detail/x', 'https://chrome.google.com/webstore/detail/x', 'https://addons.mozilla.org/en-GB/firefox/', 'data:text/html,hi', 'not a url']) {
		assert.equal(classifyPageUrl(url)?.code, 'RESTRICTED_PAGE', url);
	}
});

test('files that are not web pages are named as such', () => {
	for (const url of ['https://www.gov.uk/a/report.pdf', 'https://a.test/data.CSV', 'https://a.test/x.docx']) {
		assert.equal(classifyPageUrl(url)?.code, 'NOT_HTML', url);
	}
});

test('ordinary news pages may be clipped', () => {
	for (const url of ['https://www.gov.uk/government/news/x', 'http://127.0.0.1:8080/news/a.html', 'https://www.bund.de/SharedDocs/x.html?nn=1']) {
		assert.equal(classifyPageUrl(url), null, url);
	}
});

test('only HTML documents are read', () => {
	assert.equal(classifyContentType('text/html'), null);
	assert.equal(classifyContentType('application/xhtml+xml'), null);
	assert.equal(classifyContentType('application/pdf')?.code, 'NOT_HTML');
	assert.equal(classifyContentType('text/plain')?.code, 'NOT_HTML');
});
