/** Where a clip came from, as exports state it: the canonical address when it is a web address, else the page's. */
import type {Clip} from '../../shared/types.ts';
import {safeUrl} from './safe-url.ts';

const WEB = ['http:', 'https:'];

/** The address to cite, or null when neither the canonical nor the page address is http(s). */
export function clipSource(clip: Pick<Clip, 'canonicalUrl' | 'url'>): string | null {
	return safeUrl(clip.canonicalUrl, WEB) ?? safeUrl(clip.url, WEB);
}
