/** What changed between two versions of a clip, in words a person reads in the popup and the library. */
import type {Extraction} from '../../shared/types.ts';

type Comparable = Pick<Extraction, 'title' | 'publishedAt' | 'updatedAt' | 'text' | 'contacts' | 'links'>;

export function summarizeChanges(before: Comparable, after: Comparable): string[] {
	const changes: string[] = [];
	if (before.title !== after.title) {
		changes.push(`Title changed from "${before.title}" to "${after.title}".`);
	}
	if (before.publishedAt !== after.publishedAt) {
		changes.push(`Published date changed from ${before.publishedAt ?? 'none'} to ${after.publishedAt ?? 'none'}.`);
	}
	if (before.updatedAt !== after.updatedAt) {
		changes.push(`Updated date changed from ${before.updatedAt ?? 'none'} to ${after.updatedAt ?? 'none'}.`);
	}
	const old = new Set(paragraphs(before.text));
	const now = new Set(paragraphs(after.text));
	const added = [...now].filter(paragraph => !old.has(paragraph)).length;
	const removed = [...old].filter(paragraph => !now.has(paragraph)).length;
	if (added || removed) {
		changes.push(`${plural(added, 'paragraph')} added, ${plural(removed, 'paragraph')} removed.`);
	}
	if (before.contacts.length !== after.contacts.length) {
		changes.push(`Contacts: ${before.contacts.length} → ${after.contacts.length}.`);
	}
	if (before.links.length !== after.links.length) {
		changes.push(`Links: ${before.links.length} → ${after.links.length}.`);
	}
	return changes.length ? changes : ['Formatting changed; the text is the same.'];
}

/** Paragraphs when the text keeps its breaks; sentences otherwise, which is what a reader compares anyway. */
function paragraphs(text: string): string[] {
	const blocks = text.split(/\n\s*\n/);
	const parts = blocks.length > 1 ? blocks : text.split(/(?<=[.!?])\s+(?=[A-ZÄÖÜÀ-Ý0-9"“])/);
	return parts.map(part => part.replace(/\s+/g, ' ').trim()).filter(Boolean);
}

function plural(count: number, word: string): string {
	return `${count} ${word}${count === 1 ? '' : 's'}`;
}
