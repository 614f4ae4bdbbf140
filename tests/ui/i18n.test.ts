import {afterEach, test} from 'node:test';
import assert from 'node:assert/strict';
import {formatMessage, setMessageLookup, t, type MessageKey} from '../../src/ui/i18n.ts';
import {plural} from '../../src/ui/format.ts';

// Back to "no browser": the English messages.json answers.
afterEach(() => setMessageLookup(() => ''));

test('without a browser lookup, the English messages answer', () => {
	assert.equal(t('clipThisPage'), 'Clip this page');
	assert.equal(t('openLibrary'), 'Open the library');
});

test('named placeholders take the substitutions they point at, in order', () => {
	assert.equal(t('printClip', 'Flood warning'), 'Print “Flood warning”');
	assert.equal(t('updatedStatus', 2), 'Updated (version 2):');
	assert.equal(t('backupImported', 'backup.json', 4, 1, 20), 'Imported backup.json: 4 added, 1 updated, 20 already in the library.');
});

test('the fallback follows Chrome: placeholder names ignore case, $$ is a dollar, a missing substitution is empty', () => {
	const message = {message: 'Pay $amount$ to $Who$ ($$)', placeholders: {AMOUNT: {content: '$1'}, who: {content: '$2'}}};
	assert.equal(formatMessage(message, ['£5', 'HMRC']), 'Pay £5 to HMRC ($)');
	assert.equal(formatMessage(message, ['£5']), 'Pay £5 to  ($)');
});

test('an injected lookup wins, and gets the substitutions as strings', () => {
	const calls: [string, string[]][] = [];
	setMessageLookup((key, substitutions) => {
		calls.push([key, substitutions]);
		return key === 'clipCountMany' ? `${substitutions[0]} coupures` : '';
	});
	assert.equal(t('clipCountMany', 3), '3 coupures');
	assert.deepEqual(calls, [['clipCountMany', ['3']]]);
});

test('a message the locale lacks falls back to English', () => {
	setMessageLookup(() => '');
	assert.equal(t('savedStatus'), 'Saved:');
});

test('a lookup that throws falls back to English', () => {
	setMessageLookup(() => {
		throw new Error('Extension context invalidated.');
	});
	assert.equal(t('undo'), 'Undo');
});

test('an unknown key never comes back empty: the key itself is shown', () => {
	assert.equal(t('noSuchMessage' as MessageKey), 'noSuchMessage');
});

test('plural picks the message for one or for any other count', () => {
	assert.equal(plural(1, 'contactCountOne', 'contactCountMany'), '1 contact');
	assert.equal(plural(0, 'contactCountOne', 'contactCountMany'), '0 contacts');
	assert.equal(plural(2, 'deletedCountOne', 'deletedCountMany'), 'Deleted 2 clips.');
	assert.equal(plural(1, 'deletedCountOne', 'deletedCountMany'), 'Deleted 1 clip.');
});
