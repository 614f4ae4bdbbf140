/**
 * Runs script in a target Playwright does not expose as a page (the toolbar popup opened by Extensions.triggerAction),
 * through the browser's CDP session and Target.sendMessageToTarget.
 */
export async function attachToTarget(cdp, targetId) {
	const {sessionId} = await cdp.send('Target.attachToTarget', {targetId, flatten: false});
	let nextId = 1;
	const waiting = new Map();
	cdp.on('Target.receivedMessageFromTarget', event => {
		if (event.sessionId !== sessionId) {
			return;
		}
		const message = JSON.parse(event.message);
		waiting.get(message.id)?.(message);
		waiting.delete(message.id);
	});
	const call = (method, params) => new Promise((resolve, reject) => {
		const id = nextId++;
		waiting.set(id, message => (message.error ? reject(new Error(message.error.message)) : resolve(message.result)));
		cdp.send('Target.sendMessageToTarget', {sessionId, message: JSON.stringify({id, method, params})}).catch(reject);
	});
	return {
		call,
		async evaluate(expression) {
			const {result, exceptionDetails} = await call('Runtime.evaluate', {expression, awaitPromise: true, returnByValue: true});
			if (exceptionDetails) {
				throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
			}
			return result.value;
		},
		/** Polls `expression` until it is truthy, like Playwright's waitForFunction. */
		async waitFor(expression, {timeout = 15_000} = {}) {
			const deadline = Date.now() + timeout;
			for (;;) {
				const value = await this.evaluate(expression).catch(() => undefined);
				if (value) {
					return value;
				}
				if (Date.now() > deadline) {
					throw new Error(`Timed out waiting for ${expression}`);
				}
				await new Promise(resolve => setTimeout(resolve, 100));
			}
		},
	};
}

export async function waitForTarget(cdp, predicate, {timeout = 10_000} = {}) {
	const deadline = Date.now() + timeout;
	for (;;) {
		// The default filter leaves out `tab` targets, which Extensions.triggerAction needs.
		const {targetInfos} = await cdp.send('Target.getTargets', {filter: [{}]});
		const target = targetInfos.find(predicate);
		if (target) {
			return target;
		}
		if (Date.now() > deadline) {
			throw new Error('Timed out waiting for a browser target');
		}
		await new Promise(resolve => setTimeout(resolve, 100));
	}
}
