/** Settles with `work`, or rejects with `onTimeout()` after `ms`: for browser calls that may never answer. */
export function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: () => Error): Promise<T> {
	let timer: ReturnType<typeof setTimeout> | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(onTimeout()), ms);
	});
	return Promise.race([work, deadline]).finally(() => clearTimeout(timer));
}
