/** What every citation format says about a clip: kind, title, corporate author, dates, address, and a citation key. */
import type {Clip} from '../../shared/types.ts';
import {clipSource} from './clip-source.ts';
import {dateParts, type DateParts} from './format-day.ts';
import {oneLine} from './well-formed.ts';

/**
 * A press release is cited as a report whose genre is "Press release": Zotero's "Report" with a report type,
 * and CSL's `report` with `genre`, which APA and Chicago print as "[Press release]". Speeches are speeches;
 * anything else (news story, guidance, statement) is cited as a web page of the department.
 */
export type CitationKind = 'press-release' | 'speech' | 'web-page';

export type CitationFields = {
	kind: CitationKind;
	key: string;
	title: string;
	/** The issuing department, cited as a corporate (institutional) author: one name, never split into given/family. */
	author: string | null;
	/** The document type as people write it: "Press release", "Pressemitteilung". */
	genre: string | null;
	issued: DateParts | null;
	accessed: DateParts | null;
	url: string | null;
	language: string | null;
	summary: string | null;
	keywords: string[];
};

const PRESS_RELEASE = /\b(?:press|media|news) release\b|pressemitteilung|presseinformation|communiqu[ée] de presse|comunicado de prensa|persbericht/i;

export function citationKind(documentType: string | null): CitationKind {
	if (documentType && PRESS_RELEASE.test(documentType)) {
		return 'press-release';
	}
	return documentType && /\bspeech\b|\brede\b|\bdiscours\b/i.test(documentType) ? 'speech' : 'web-page';
}

function capitalised(text: string): string {
	return text.charAt(0).toLocaleUpperCase('en') + text.slice(1);
}

/** ASCII letters and digits only, as every BibTeX implementation accepts in a key. */
function keyPart(text: string | null, length: number): string {
	return (text ?? '').normalize('NFKD').replace(/[^A-Za-z0-9 ]/g, '').toLowerCase().trim().split(/\s+/)[0]?.slice(0, length) ?? '';
}

function baseKey(clip: Clip): string {
	const initials = (clip.publisher ?? '').normalize('NFKD').split(/[\s,&-]+/).filter(word => /^[A-Z]/.test(word)).map(word => word[0]).join('').toLowerCase();
	const title = keyPart(clip.title.split(/\s+/).find(word => /[A-Za-z]{3,}/.test(word)) ?? clip.title, 20);
	return `${initials.slice(0, 8) || 'govclip'}${dateParts(clip.publishedAt)?.[0] ?? ''}${title}` || 'govclip';
}

/** Citation fields for each clip, with keys made unique across the export (…a, …b as BibTeX users expect). */
export function citationFields(clips: readonly Clip[]): CitationFields[] {
	const used = new Set<string>();
	return clips.map(clip => {
		const base = baseKey(clip);
		let key = base;
		for (let count = 1; used.has(key); count++) {
			key = `${base}${suffix(count)}`;
		}
		used.add(key);
		const documentType = oneLine(clip.documentType);
		return {
			kind: citationKind(clip.documentType),
			key,
			title: oneLine(clip.title),
			author: oneLine(clip.publisher) || null,
			genre: documentType ? capitalised(documentType) : null,
			issued: dateParts(clip.publishedAt),
			accessed: dateParts(clip.clippedAt),
			url: clipSource(clip),
			language: oneLine(clip.language) || null,
			summary: oneLine(clip.summary) || null,
			keywords: clip.tags.map(oneLine).filter(Boolean),
		};
	});
}

/** 1 → "a", 26 → "z", 27 → "aa". */
function suffix(count: number): string {
	let text = '';
	for (let n = count; n > 0; n = Math.floor((n - 1) / 26)) {
		text = String.fromCharCode(97 + ((n - 1) % 26)) + text;
	}
	return text;
}
