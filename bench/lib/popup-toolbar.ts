/**
 * The popup as a person opens it: a toolbar click (CDP `Extensions.triggerAction`, the way
 * tests/e2e/chromium.test.mjs does it), timed from the click by the wall clock. The popup's own times start at
 * its navigation, which the browser begins only once it has made the popup's view: this tells how far apart
 * the two starts are. Playwright does not expose the popup as a page, so its script runs through
 * Target.sendMessageToTarget.
 */
import type {BrowserContext, CDPSession} from 'playwright-core';

type TargetInfo = {targetId: string; type: string; url: string};

async function poll<T>(read: () => Promise<T | null | undefined>, what: string, timeoutMs = 30_000): Promise<T> {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		const value = await read();
		if (value) return value;
		if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
		await new Promise(resolve => setTimeout(resolve, 5));
	}
}

async function findTarget(cdp: CDPSession, predicate: (target: TargetInfo) => boolean, what: string): Promise<TargetInfo> {
	// The default filter leaves out `tab` targets, which Extensions.triggerAction needs.
	return poll(async () => ((await cdp.send('Target.getTargets', {filter: [{}]} as never)) as {targetInfos: TargetInfo[]}).targetInfos.find(predicate), what);
}

/** Runs `expression` in a target until it returns a value, through the browser session. */
async function evaluateUntil<T>(cdp: CDPSession, targetId: string, expression: string): Promise<T> {
	const {sessionId} = await cdp.send('Target.attachToTarget', {targetId, flatten: false});
	let nextId = 1;
	type Reply = {id: number; result?: {result: {value?: T}}; error?: unknown};
	const waiting = new Map<number, (message: Reply) => void>();
	const listener = (event: {sessionId: string; message: string}) => {
		if (event.sessionId !== sessionId) return;
		const message = JSON.parse(event.message) as Reply;
		waiting.get(message.id)?.(message);
		waiting.delete(message.id);
	};
	cdp.on('Target.receivedMessageFromTarget', listener);
	try {
		return await poll(async () => {
			const id = nextId++;
			const reply = await new Promise<Reply>(resolve => {
				waiting.set(id, resolve);
				void cdp.send('Target.sendMessageToTarget', {sessionId, message: JSON.stringify({id, method: 'Runtime.evaluate', params: {expression, returnByValue: true}})});
			});
			return reply.result?.result.value;
		}, 'the toolbar popup\'s first list');
	} finally {
		cdp.off('Target.receivedMessageFromTarget', listener);
	}
}

export type ToolbarOpen = {clickToOriginMs: number; originToListMs: number; clickToListMs: number};

/** One toolbar click over a fresh blank tab, until the popup has painted its first list (`mark`). */
export async function openToolbarPopup(context: BrowserContext, cdp: CDPSession, extensionId: string, mark: string, expectRows: boolean): Promise<ToolbarOpen> {
	const page = await context.newPage();
	const url = `about:blank#toolbar-${Date.now()}`;
	await page.goto(url);
	const tab = await findTarget(cdp, target => target.type === 'tab' && target.url === url, 'the tab');
	const clicked = performance.timeOrigin + performance.now();
	await cdp.send('Extensions.triggerAction' as never, {id: extensionId, targetId: tab.targetId} as never);
	const popup = await findTarget(cdp, target => target.url.endsWith('/popup.html'), 'the toolbar popup');
	const {origin, list} = await evaluateUntil<{origin: number; list: number}>(cdp, popup.targetId, `(() => {
		const [entry] = performance.getEntriesByName(${JSON.stringify(mark)});
		// As in bench/popup.ts: the list is on screen no sooner than the first contentful paint.
		const fcp = performance.getEntriesByName('first-contentful-paint')[0];
		if (!entry || !fcp || (${expectRows} && !document.querySelector('[data-testid=clip]'))) return null;
		return {origin: performance.timeOrigin, list: Math.max(entry.startTime, fcp.startTime)};
	})()`);
	await cdp.send('Target.closeTarget', {targetId: popup.targetId}).catch(() => undefined);
	await page.close();
	// The next click must not find this popup still closing.
	await poll(async () => ((await cdp.send('Target.getTargets', {filter: [{}]} as never)) as {targetInfos: TargetInfo[]}).targetInfos.every(target => target.targetId !== popup.targetId), 'the popup to close');
	return {clickToOriginMs: origin - clicked, originToListMs: list, clickToListMs: origin + list - clicked};
}
