// The little of @citation-js/core the export tests use (it ships no types): parse any supported input to CSL-JSON.
declare module '@citation-js/core' {
	export class Cite {
		constructor(data: unknown);
		data: unknown[];
	}
}
