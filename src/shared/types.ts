/** The data GovClip reads from a page and keeps: plain, structured-clone-safe objects (no DOM, no classes). */

/** A press, media or enquiry contact attached to an article. */
export type Contact = {
	name: string | null;
	role: string | null;
	organisation: string | null;
	emails: string[];
	/** E.164 where libphonenumber-js can parse the printed form; otherwise the printed form. */
	phones: string[];
	/** The contact block's text as printed on the page. */
	raw: string;
};

export type LinkKind = 'related' | 'attachment' | 'source' | 'inline';

export type ClipLink = {
	label: string;
	/** Absolute URL, resolved against `<base href>` or the page URL. */
	href: string;
	kind: LinkKind;
	/** Attachments only: what the page printed about the file, e.g. "PDF, 1.2 MB, 24 pages". */
	details?: string;
};

/** What core/extract returns for one page; also the CLI's JSON output. */
export type Extraction = {
	isArticle: boolean;
	/** Why the page is not an article, in words (only when `isArticle` is false). */
	reason?: string;
	url: string;
	canonicalUrl: string;
	title: string;
	/** The issuing department(s), not the hosting site when they differ. */
	publisher: string | null;
	byline: string | null;
	/** ISO 8601 date or date-time, as precise as the page states it. */
	publishedAt: string | null;
	updatedAt: string | null;
	language: string | null;
	summary: string | null;
	/** E.g. "press release", "news story", "speech". */
	documentType: string | null;
	/** The article body, sanitised with the strict clip configuration. */
	contentHtml: string;
	text: string;
	contacts: Contact[];
	links: ClipLink[];
	warnings: string[];
};

/** A saved clip: an Extraction plus what the library adds. */
export type Clip = Extraction & {
	id: number;
	clippedAt: number;
	tags: string[];
	note: string;
	contentHash: string;
	version: number;
};

/** What lists show: no body, so list queries stay small. */
export type ClipSummary = Pick<
	Clip,
	'id' | 'title' | 'publisher' | 'publishedAt' | 'clippedAt' | 'url' | 'canonicalUrl' | 'documentType' | 'tags' | 'version'
> & {contactCount: number; linkCount: number};

