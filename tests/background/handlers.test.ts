// Messages are untrusted input: privileged requests only from extension pages, malformed payloads get typed errors.
import {CONTENT_SCRIPT, EXTENSION_PAGE} from '../helpers/extension-stub.ts';
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {AppError} from '../../src/shared/errors.ts';

const {backgroundHandlers} = await import('../../src/background/handlers.ts');
const {saveExtraction} = await import('../../src/storage/clips.ts');
const {db} = await import('../../src/storage/default-db.ts');
const {makeExtraction} = await import('../helpers/make-extraction.ts');
const {onLibraryChange} = await import('../../src/platform/library-changes.ts');
const {searchLibrary} = await import('../../src/storage/search-index.ts');

const isCode = (code: string) => (error: unknown) => error instanceof AppError && error.code === code;
type Sender = Parameters<typeof backgroundHandlers.clipTab>[1];

test('every privileged request from a content script is refused, and nothing changes', async () => {
	const {clip} = await saveExtraction(db, makeExtraction(), {now: 1});
	const sender = CONTENT_SCRIPT as unknown as Sender;
	await assert.rejects(backgroundHandlers.deleteClips({ids: [clip.id]}, sender), isCode('NOT_ALLOWED'));
	await assert.rejects(backgroundHandlers.updateClip({id: clip.id, note: 'x'}, sender), isCode('NOT_ALLOWED'));
	await assert.rejects(backgroundHandlers.restoreClips({removed: []}, sender), isCode('NOT_ALLOWED'));
	await assert.rejects(backgroundHandlers.clipTab({tabId: 1}, sender), isCode('NOT_ALLOWED'));
	await assert.rejects(backgroundHandlers.tagClips({ids: [clip.id], tags: ['owned']}, sender), isCode('NOT_ALLOWED'));
	assert.equal(await db.clips.count(), 1);
	assert.deepEqual((await db.clips.get(clip.id))?.tags, []);
	assert.equal((await db.clips.get(clip.id))?.note, '');
});

test('a sender claiming another extension id is refused even with an extension-looking URL', async () => {
	const sender = {id: 'someone-else', url: 'chrome-extension://govclip-test/popup.html'} as unknown as Sender;
	await assert.rejects(backgroundHandlers.deleteClips({ids: [1]}, sender), isCode('NOT_ALLOWED'));
});

test('1,000 malformed payloads each get a typed error, never a crash', async () => {
	const sender = EXTENSION_PAGE as unknown as Sender;
	const junk: unknown[] = [null, undefined, 0, '', 'x'.repeat(100_000), [], {}, {ids: 'all'}, {ids: [1.5]}, {id: '1'}, {id: 1, tags: 'a'}, {id: 1, note: 5}, {removed: [{}]}, {tabId: 'x'}, {mode: 'everything'}];
	let typed = 0;
	for (let index = 0; index < 1000; index++) {
		const payload = junk[index % junk.length];
		for (const handler of [backgroundHandlers.deleteClips, backgroundHandlers.updateClip, backgroundHandlers.restoreClips, backgroundHandlers.clipTab, backgroundHandlers.tagClips] as ((payload: unknown, sender: Sender) => Promise<unknown>)[]) {
			const namesATabOrMode = typeof payload === 'object' && payload !== null && ('tabId' in payload || 'mode' in payload);
			if (handler === backgroundHandlers.clipTab && !namesATabOrMode) {
				continue; // clipTab without tabId and mode is valid: it means the active tab in the focused window
			}
			await handler(payload, sender).then(
				() => assert.fail(`accepted ${JSON.stringify(payload)?.slice(0, 40)}`),
				error => {
					assert.ok(error instanceof AppError, String(error));
					typed++;
				},
			);
		}
	}
	assert.ok(typed >= 3400, `${typed} typed errors`);
	for (const payload of [{ids: [1], tags: []}, {ids: [1], tags: [5]}, {ids: [1]}, {tags: ['a']}, {ids: [1], tags: Array(101).fill('a')}]) {
		await assert.rejects(backgroundHandlers.tagClips(payload as never, sender), isCode('BAD_MESSAGE'), JSON.stringify(payload).slice(0, 40));
	}
});

test('extension pages may tag, delete and undo; each write tells open pages the library changed', async () => {
	const sender = EXTENSION_PAGE as unknown as Sender;
	let heard = 0;
	const stop = onLibraryChange(() => heard++);
	const settle = () => new Promise(resolve => setTimeout(resolve, 20));
	try {
		const {clip} = await saveExtraction(db, makeExtraction({canonicalUrl: 'https://a.test/tagged', text: 'Another text.'}), {now: 2});
		const summary = await backgroundHandlers.updateClip({id: clip.id, tags: ['coast']}, sender);
		assert.deepEqual(summary.tags, ['coast']);
		await settle();
		assert.equal(heard, 1, 'told after the tag edit');
		const {removed} = await backgroundHandlers.deleteClips({ids: [clip.id]}, sender);
		assert.equal(removed.length, 1);
		assert.deepEqual(await backgroundHandlers.restoreClips({removed}, sender), {restored: 1});
		await settle();
		assert.equal(heard, 3, 'told after the delete and after the undo');
		const other = (await saveExtraction(db, makeExtraction({canonicalUrl: 'https://a.test/other', text: 'Other text.'}), {now: 3})).clip;
		assert.deepEqual(await backgroundHandlers.tagClips({ids: [clip.id, other.id, 999_999], tags: ['Coast', 'brexit']}, sender), {changed: 2});
		assert.deepEqual((await db.clips.get(clip.id))?.tags, ['coast', 'brexit'], 'an existing tag is not doubled, whatever its case');
		assert.deepEqual((await db.clips.get(other.id))?.tags, ['Coast', 'brexit']);
		assert.deepEqual(await backgroundHandlers.tagClips({ids: [clip.id], tags: ['BREXIT']}, sender), {changed: 0}, 'nothing to add');
		const found = await searchLibrary(db, 'tag:brexit');
		assert.deepEqual(found.hits.map(hit => hit.id).sort(), [clip.id, other.id].sort(), 'the tag filter finds both at once');
		await settle();
		assert.equal(heard, 4, 'told after the bulk tag that changed clips, not after the one that changed none');
		await assert.rejects(backgroundHandlers.deleteClips({ids: ['x']} as never, sender), isCode('BAD_MESSAGE'));
		await settle();
		assert.equal(heard, 4, 'a refused request changes nothing and says nothing');
	} finally {
		stop();
	}
});
