/** Finds the shared measurement data beside the project, or says it is absent so callers can skip. */
import {existsSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const projectRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** `../shared/data` next to the project, or `GOVCLIP_DATA`; null when neither exists (CI without data). */
export function findDataRoot(): string | null {
	const candidates = [process.env.GOVCLIP_DATA, join(projectRoot, '..', 'shared', 'data')];
	for (const candidate of candidates) {
		if (candidate && existsSync(candidate)) {
			return candidate;
		}
	}
	return null;
}

export {projectRoot};
