/** Runs axe-core in a page (evaluated through the debugging protocol, which extension pages' CSP does not block). */
import {readFileSync} from 'node:fs';
import {createRequire} from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The violations as "rule: target" lines, so a failing assertion names what to fix. */
export async function axeViolations(page) {
	await page.evaluate(AXE_SOURCE);
	const violations = await page.evaluate(async () => (await globalThis.axe.run(document, {resultTypes: ['violations']})).violations
		.map(violation => `${violation.id} (${violation.impact}): ${violation.nodes.map(node => node.target.join(' ')).join(', ')}`));
	return violations;
}
