/** The clip's own links as exports list them, in print-view order; inline links stay in the article text. */
import type {Clip, ClipLink} from '../../shared/types.ts';

export const LINK_GROUPS: ReadonlyArray<readonly [ClipLink['kind'], string]> = [
	['source', 'Original source'],
	['attachment', 'Attachments'],
	['related', 'Related links'],
];

/** Non-empty groups only: [heading, links]. */
export function linkGroups(clip: Pick<Clip, 'links'>): Array<[string, ClipLink[]]> {
	return LINK_GROUPS.map(([kind, heading]): [string, ClipLink[]] => [heading, clip.links.filter(link => link.kind === kind)])
		.filter(([, links]) => links.length > 0);
}
