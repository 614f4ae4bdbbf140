/** What a command may touch besides files: the terminal and the clock, injected so tests can capture them. */
export type CliIo = {
	stdout: (text: string) => void;
	stderr: (text: string) => void;
	readStdin: () => Buffer;
	now: () => number;
};
