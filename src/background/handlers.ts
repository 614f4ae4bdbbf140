/** The background's message handlers: every privileged request is checked against its sender first. */
import type {BackgroundMessages} from '../shared/messages.ts';
import {AppError} from '../shared/errors.ts';
import {assertFromExtensionPage, type Handlers} from '../platform/messaging.ts';
import {deleteClip} from '../storage/clips.ts';
import {db} from '../storage/default-db.ts';
import {clipTab} from './clip-tab.ts';

export const backgroundHandlers = {
	async clipTab(payload, sender) {
		assertFromExtensionPage(sender);
		const {tabId, mode} = (payload ?? {}) as {tabId?: unknown; mode?: unknown};
		if ((tabId !== undefined && !Number.isInteger(tabId)) || (mode !== undefined && mode !== 'article' && mode !== 'selection')) {
			throw new AppError('BAD_MESSAGE');
		}
		return clipTab(db, {tabId: tabId as number | undefined, mode: mode as 'article' | 'selection' | undefined});
	},
	async deleteClip(payload, sender) {
		assertFromExtensionPage(sender);
		const id = (payload as {id?: unknown} | null)?.id;
		if (!Number.isInteger(id)) {
			throw new AppError('BAD_MESSAGE');
		}
		return {deleted: await deleteClip(db, id as number)};
	},
} satisfies Handlers<BackgroundMessages>;
