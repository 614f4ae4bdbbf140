/** Which addresses can never be clipped, decided from the URL alone before anything is injected. */
import {AppError} from '../../shared/errors.ts';

const RESTRICTED_SCHEMES = /^(?:chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i;
const EXTENSION_STORES = [
	/^https:\/\/chrome\.google\.com\/webstore/i,
	/^https:\/\/chromewebstore\.google\.com\//i,
	/^https:\/\/addons\.mozilla\.org\//i,
	/^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
];
const FILE_EXTENSIONS = /\.(?:pdf|docx?|xlsx?|odt|ods|pptx?|csv|zip|png|jpe?g|gif|svg|webp|mp3|mp4|txt|xml|json)$/i;

/** An AppError saying why the page cannot be clipped, or null when it may be. */
export function classifyPageUrl(url: string): AppError | null {
	if (RESTRICTED_SCHEMES.test(url) || EXTENSION_STORES.some(store => store.test(url))) {
		return new AppError('RESTRICTED_PAGE');
	}
	let path = '';
	try {
		path = new URL(url).pathname;
	} catch {
		return new AppError('RESTRICTED_PAGE', 'This address cannot be clipped.');
	}
	if (FILE_EXTENSIONS.test(path)) {
		return new AppError('NOT_HTML');
	}
	return null;
}

/** Content types the content script reports that hold no article (PDF viewer, images, plain files). */
export function classifyContentType(contentType: string): AppError | null {
	return /^(?:text\/html|application\/xhtml\+xml)/i.test(contentType) ? null : new AppError('NOT_HTML');
}
