/**
 * The words government pages put above their contact, related-content, attachment and source blocks,
 * in English, German, French and a few neighbouring languages. Labels are matched after `cleanText`.
 */

export type SectionKind = 'press-contact' | 'contact' | 'related' | 'attachment' | 'source';

const alternatives = (phrases: string[]) => phrases.join('|');

/** Press- and media-specific labels: trusted even outside the article container (but never in site furniture). */
const PRESS_CONTACT = alternatives([
	'media (?:and press )?(?:enquiries|inquiries|contacts?|queries|relations|office|desk|line)',
	'press (?:and media )?(?:enquiries|inquiries|contacts?|queries|office|relations|desk|team)',
	'for (?:all )?(?:media|press) (?:enquiries|inquiries|queries|information)',
	'(?:news|media) ?desk', 'journalists? (?:may )?contact', 'contact for (?:the )?(?:media|press|journalists)', 'media contact',
	'notes? to editors', 'out of hours',
	'presse-? ?(?:und (?:öffentlichkeitsarbeit|medienkontakt))?kontakte?', 'medienkontakte?', 'pressestelle', 'pressesprecher(?:in)?',
	'presseanfragen', 'medienanfragen', 'rückfragehinweis', '(?:adresse )?für rückfragen', 'rückfragen (?:an|bitte an)',
	'ansprechpartner(?:in)? für (?:die )?(?:presse|medien)', 'kontakt für (?:die )?(?:medien|presse)', 'pressereferat', 'pressebüro',
	'contacts? (?:de )?presse', 'contacts? médias?', 'service de presse', 'relations (?:presse|médias)', 'attachée? de presse',
	'bureau de presse', 'contacto de prensa', 'gabinete de prensa', 'oficina de prensa', 'ufficio stampa', 'contatti? stampa',
	'perscontact', 'persvoorlichting', 'woordvoerder', 'voorlichting',
]);

/** General labels ("Contact", "Kontakt"): only believed inside the article container. */
const CONTACT = alternatives([
	'contacts?', 'contact (?:us|details|information|person|point)', '(?:general |public |general public |further )?(?:enquiries|inquiries)', 'for (?:more|further) information(?:,)? (?:please )?contact',
	'kontakte?', 'ansprechpartner(?:in|innen)?', 'ansprechperson(?:en)?', 'kontaktperson(?:en)?', 'auskünfte?', 'auskunft erteil(?:t|en)',
	'contactez-nous', 'renseignements', 'pour (?:plus|tout complément) d.informations?', 'contacto', 'contatti', 'contactpersoon',
]);

const RELATED = alternatives([
	'related(?: (?:content|links?|articles?|stories|news|pages?|information|topics?|items?|guidance|publications?|documents?|resources|reading))?',
	'see also', '(?:for )?further (?:information|reading|links|resources)', '(?:for )?more (?:information|on this(?: topic| story)?|about this|details)',
	'associated (?:links|content|documents)', 'useful (?:links|resources)', 'external links?', 'also of interest', 'other related',
	'you (?:may|might) also (?:be interested|like|want)', 'read (?:more|also)(?: on| about)?', 'part of', 'in this series', 'links',
	'weitere (?:informationen|links|meldungen zum thema|artikel zum thema|hinweise)', 'weiterführende (?:informationen|links|inhalte)',
	'mehr zum thema', 'mehr (?:dazu|informationen)', 'siehe auch', 'lesen sie (?:dazu |hierzu )?auch', 'das könnte sie auch interessieren',
	'externe links?', 'links zum thema', 'verwandte (?:themen|inhalte|artikel|links)', 'zum thema', 'ergänzende informationen',
	'auch interessant', 'liens? (?:connexes|utiles|associés)', 'voir aussi', '(?:pour )?en savoir plus', 'à lire aussi', 'lire aussi',
	'sur le même (?:sujet|thème)', 'informations complémentaires', 'pour aller plus loin', 'enlaces relacionados', 'v(?:é|e)ase también',
	'ver también', 'más información', 'link correlati', 'vedi anche', 'per saperne di più', 'zie ook', 'meer informatie', 'gerelateerde? .*',
]);

const ATTACHMENT = alternatives([
	'documents?', 'downloads?', 'attachments?', 'files?', 'related documents', 'documents? to download', 'publications? to download',
	'anhänge?', 'dokumente?', 'dateien', 'zum download', '.{0,40} als pdf', 'pdf-?(?:version|download)',
	'pièces? jointes?', 'téléchargements?', 'documents? à télécharger', 'à télécharger', 'descargas?', 'documenti', 'bijlagen?',
]);

const SOURCE = alternatives([
	'original article(?: link)?', 'originally published(?: (?:at|on|by))?', 'channel website', 'source(?: article| link)?', 'read the original',
	'publisher', 'issued by', 'quelle', 'herausgeber(?:in)?', 'originalartikel', 'originalmeldung', 'fuente', 'fonte', 'bron',
	'éditeur',
]);

const LABELS: [SectionKind, RegExp][] = [
	['press-contact', new RegExp(`^(?:${PRESS_CONTACT})\\b`, 'iu')],
	['source', new RegExp(`^(?:${SOURCE})$`, 'iu')],
	['attachment', new RegExp(`^(?:${ATTACHMENT})$`, 'iu')],
	['related', new RegExp(`^(?:${RELATED})$`, 'iu')],
	['contact', new RegExp(`^(?:${CONTACT})$`, 'iu')],
];

const PRESS_ANYWHERE = new RegExp(`\\b(?:${PRESS_CONTACT})\\b`, 'iu');

/** What a label announces, or null. `label` is the whole text of a heading, term or lead-in. */
export function sectionKind(label: string): SectionKind | null {
	const text = label.replace(/[\s:：.…]+$/u, '').replace(/^[\s›»>•\-–]+/u, '').trim();
	if (!text || text.length > 80) {
		return null;
	}
	for (const [kind, pattern] of LABELS) {
		if (pattern.test(text)) {
			return kind;
		}
	}
	// "BMZ-Pressestelle", "UVEK Medienkontakt": a short label that names the press office anywhere.
	if (text.split(/\s+/).length <= 6 && PRESS_ANYWHERE.test(text)) {
		return 'press-contact';
	}
	return null;
}

/** Lines that introduce a contact in running text: "Contact: …", "For media queries, please contact:". */
export const CONTACT_LEAD_IN = new RegExp(
	`^(?:${PRESS_CONTACT}|${CONTACT}|(?:[\\p{L} ,]{0,40} )?(?:please )?contact|media|press|presse|medien|kontakt)\\s*[:：]`,
	'iu',
);

/** Running text that names a press office and carries an address or number ("Media enquiries: call 020 …"). */
export function mentionsPressContact(text: string): boolean {
	return text.length <= 600 && PRESS_ANYWHERE.test(text) && /@|\((?:at|@)\)|\[(?:at|@)\]|\+?\d[\d\s()./-]{6,}\d/i.test(text);
}
