/** Saves a generated file through the browser's own download (an anchor with a Blob URL: no extra permission). */
export function downloadFile({fileName, mimeType, contents}: {fileName: string; mimeType: string; contents: string}): void {
	const url = URL.createObjectURL(new Blob([contents], {type: mimeType}));
	const anchor = document.createElement('a');
	anchor.href = url;
	anchor.download = fileName;
	anchor.hidden = true;
	document.body.append(anchor);
	anchor.click();
	anchor.remove();
	// The download has started from the URL; keep it alive a moment for browsers that read it lazily.
	setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
