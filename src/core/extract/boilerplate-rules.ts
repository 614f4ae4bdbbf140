/** What page furniture looks like, in markup and in words: the patterns both clean-up passes share. */

/** Class or id words of furniture that is never article text, before or after Readability. */
export const FURNITURE_CLASS = new RegExp(
	[
		'cookie', 'consent', 'gdpr', 'onetrust', 'cc-banner', 'cc-window',
		'share', 'sharing', 'sharer', 'addthis', 'sharethis', 'social-?(?:media|links|icons|buttons|bar|share|follow)', 'socials',
		'breadcrumbs?', 'skip-?link', 'skip-?to',
		'feedback', 'page-?useful', 'helpful', 'survey',
		'print-?(?:link|button|version|page)', 'printable',
		'newsletter', 'subscribe', 'subscription', 'sign-?up',
		'advert', 'advertisement', 'ad-?(?:slot|unit|container|wrapper|banner)', 'dfp', 'outbrain', 'taboola', 'sponsored',
		'related-?(?:news|posts?|articles?|stories|content|links|items)', 'more-?(?:news|stories|from|articles)', 'recommended', 'read-?more-?(?:links|box)',
		'latest-?news', 'most-?(?:read|popular|viewed)', 'trending',
		'comments?-?(?:section|area|list|form)?', 'disqus',
		'author-?(?:bio|box|info|card)', 'byline', 'dateline', 'timestamp', 'article-?meta', 'post-?meta', 'entry-?meta', 'meta-?data',
		'tags?-?(?:list|cloud|links)?', 'topics?-?list', 'keywords',
		'caption', 'credit', 'copyright', 'photo-?credit',
		'pagination', 'pager', 'prev-?next', 'post-?navigation',
		'published-?dates', 'change-?history', 'page-?history',
	].map(word => `(?:^|[\\s_-])${word}(?=$|[\\s_-])`).join('|'),
);

/** Furniture that also misleads Readability, so it goes before Readability runs (the rest only after). */
export const PAGE_FURNITURE_CLASS = /(?:^|[\s_-])(?:cookie|consent|gdpr|onetrust|cc-banner|share|sharing|addthis|sharethis|social-?(?:media|share|links|buttons)|breadcrumbs?|feedback|page-?useful|printable|skip-?link)(?=$|[\s_-])/;

/** "Follow us on Twitter.": a call to follow the site's social accounts, printed under many press releases. */
const FOLLOW_US = [
	'(?:follow|find|like|join|connect with) us (?:on|at|via) .{1,60}', 'stay connected.{0,60}',
	'folgen sie uns (?:auf|bei|in) .{1,60}', '(?:besuchen|finden) sie uns (?:auf|bei) .{1,60}',
	'(?:suivez|retrouvez)-nous sur .{1,60}',
].join('|');

/** A whole short block in these words is furniture ("Printable version", "Is this page useful?", "Share this article"). */
export const FURNITURE_TEXT = new RegExp(
	`^(?:${[
		'printable version', 'print(?: this)?(?: page| article)?', 'drucken', 'druckversion', 'imprimer', 'version imprimable',
		'is this page useful\\??.*', 'was this (?:page|article) (?:useful|helpful)\\??.*', 'report a problem with this page',
		'share(?: this)?(?: article| page| story| on.*)?:?', 'teilen:?', 'diese seite teilen', 'partager(?: cette page)?:?',
		'skip to (?:main )?content', 'zum inhalt springen', 'aller au contenu',
		'advertisement', 'advert', 'anzeige', 'publicité', 'continue reading(?: below)?', 'story continues below',
		'this slideshow requires javascript\\.?', 'caption', 'close', 'enlarge this image', 'hide caption', 'toggle caption',
		'(?:sign up|subscribe) (?:to|for) (?:our|the) .{0,60}newsletters?.*',
		'(?:back to top|nach oben|haut de page)',
		'this website uses cookies.*', 'we use cookies.*', 'diese website verwendet cookies.*', 'ce site utilise des cookies.*',
		FOLLOW_US,
	].join('|')})$`,
	'iu',
);

/** The subset removed before Readability: furniture that sits inside article containers on government sites. */
export const PAGE_FURNITURE_TEXT = new RegExp(
	`^(?:printable version|druckversion|version imprimable|is this page useful\\??.*|was this (?:page|article) (?:useful|helpful)\\??.*|report a problem with this page|skip to (?:main )?content|zum inhalt springen|aller au contenu|this website uses cookies.*|we use cookies.*|diese website verwendet cookies.*|ce site utilise des cookies.*|${FOLLOW_US})$`,
	'iu',
);

/** A block that only states when the item was published or updated: that is metadata, kept in fields. */
export const DATE_ONLY_TEXT = /^(?:(?:first )?published|posted|issued|last updated|updated|veröffentlicht(?: am)?|aktualisiert(?: am)?|stand|datum|publié le|mis à jour le|date)\s*:?\s*[\p{L}\d ,./:-]{4,40}$/iu;

/** A heading that opens a list of other items, not part of this one. */
export const OTHER_ITEMS_HEADING = /^(?:latest news from|more (?:news |stories )?from|other news from|related (?:news|content|articles|stories|links|posts)|read more|more on this|more in|you (?:may|might) also (?:like|be interested in)|recommended|most (?:read|popular|viewed)|trending|weitere meldungen|mehr zum thema|das könnte sie auch interessieren|à lire aussi|sur le même sujet|voir aussi|siehe auch|share this (?:article|page))\b/i;
