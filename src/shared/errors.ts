/** Error codes every part of GovClip throws, and the words a person reads for each. */

export const ERROR_MESSAGES = {
	RESTRICTED_PAGE: 'Browser pages, settings and extension stores cannot be clipped. Open a news page and try again.',
	NOT_HTML: 'This is not a web page (it looks like a PDF, an image or a plain file). Save the file itself instead.',
	NO_ARTICLE: 'No article found on this page. It looks like a listing, search or home page: open the news item itself.',
	TOO_LARGE: 'This page is too large to clip safely.',
	FRAME_NOT_ACCESSIBLE: 'GovClip cannot read this page. Reload it and try again.',
	NO_PERMISSION: 'GovClip was not given access to this page. Click the toolbar button on the page and try again.',
	STORAGE_FULL: 'Your browser storage is full. Delete or export some clips, then try again.',
	NOT_FOUND: 'This clip is no longer in your library.',
	NOT_ALLOWED: 'That request is not allowed from a web page.',
	BAD_MESSAGE: 'GovClip received a request it does not understand.',
	NO_RECEIVER: 'GovClip could not reach the page. Reload the page and try again.',
	SANITIZER_UNAVAILABLE: 'The HTML sanitiser is not available here, so nothing was rendered as HTML.',
	BAD_INPUT: 'The input could not be read.',
	INTERNAL: 'Something went wrong inside GovClip.',
} as const;

export type ErrorCode = keyof typeof ERROR_MESSAGES;

export function isErrorCode(value: unknown): value is ErrorCode {
	return typeof value === 'string' && Object.hasOwn(ERROR_MESSAGES, value);
}

/** Thrown anywhere; caught at the edges (message dispatcher, UI handlers, CLI) and turned into words. */
export class AppError extends Error {
	readonly code: ErrorCode;

	constructor(code: ErrorCode, message: string = ERROR_MESSAGES[code]) {
		super(message);
		this.name = 'AppError';
		this.code = code;
	}
}

/** What crosses messaging: structuredClone drops Error subclasses, so errors travel as plain data. */
export type WireError = {code: ErrorCode; message: string};

export function toWireError(error: unknown): WireError {
	if (error instanceof AppError) {
		return {code: error.code, message: error.message};
	}
	const message = error instanceof Error ? error.message : String(error);
	return {code: 'INTERNAL', message: `${ERROR_MESSAGES.INTERNAL} (${message})`};
}

export function fromWireError(error: WireError): AppError {
	return new AppError(isErrorCode(error.code) ? error.code : 'INTERNAL', String(error.message));
}

/** The sentence to show a person for any thrown value. */
export function explain(error: unknown): string {
	if (error instanceof AppError) {
		return error.message;
	}
	return toWireError(error).message;
}
