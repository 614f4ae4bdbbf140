import assert from 'node:assert/strict';
import {test} from 'node:test';
import {Window} from 'happy-dom';
import {parseHTML} from 'linkedom';
import {classOf} from '../../../src/core/extract/dom-walk.ts';
import {pruneArticle} from '../../../src/core/extract/prune-article.ts';

const LONG = 'The department announced a new programme to improve water quality in rivers and lakes across the country, with funding for local projects. ';

function article(html: string): Element {
	const {document} = parseHTML(`<!doctype html><html><body><div id="a">${html}</div></body></html>`);
	const root = document.getElementById('a')!;
	root.remove(); // Readability's article element is detached too
	return root as unknown as Element;
}

test('classOf reads the class attribute as the document keeps it', () => {
	// happy-dom keeps it as written, as browsers do; linkedom keeps its class tokens joined by single spaces.
	const happy = new Window().document;
	happy.body.innerHTML = '<p class=" page  page ">x</p><p>y</p>';
	const [written, none] = [...happy.getElementsByTagName('p')] as unknown as Element[];
	assert.equal(classOf(written!), ' page  page ');
	assert.equal(classOf(none!), '');
	const {document} = parseHTML('<!doctype html><html><body><p class="a  b">x</p></body></html>');
	const tokens = document.getElementsByTagName('p')[0] as unknown as Element;
	assert.equal(classOf(tokens), tokens.getAttributeNode('class')!.value);
});

test('pruning goes on after a removed block, however deep it sat, and never enters a table', () => {
	const root = article(`<div><div><p>${LONG}</p><div class="share-bar"><span>Share</span><nav>Menu</nav></div></div></div><p>Print this page</p><p>${LONG}</p><table><tr><td><nav>Kept in the table</nav></td></tr></table><div><p>Advertisement</p></div>`);
	pruneArticle(root);
	const text = root.textContent!.replace(/\s+/g, ' ').trim();
	assert.equal(text, `${LONG.trim()} ${LONG.trim()} Kept in the table`);
	assert.equal(root.getElementsByTagName('nav').length, 1);
});

test('pruning drops every class but the page wrapper, at any depth', () => {
	const root = article(`<div class="page"><div class="x"><p class="y">${LONG}</p></div></div>`);
	pruneArticle(root);
	assert.equal(root.innerHTML, `<div class="page"><div><p>${LONG}</p></div></div>`);
});
