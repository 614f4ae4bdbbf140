/** Wrong usage of the command line: printed with the usage text, exit status 2. */
export class UsageError extends Error {}

/** node:util parseArgs, its complaints turned into UsageErrors. */
export function parseOrExplain<T>(parse: () => T): T {
	try {
		return parse();
	} catch (error) {
		throw new UsageError(error instanceof Error ? error.message : String(error));
	}
}
