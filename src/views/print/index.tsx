/** print.html?id=…: one clip, clean, ready for window.print() or Save as PDF. */
import {render} from 'preact';
import {getClip} from '../../storage/clips.ts';
import {db} from '../../storage/default-db.ts';
import {windowSanitizer} from '../../ui/window-sanitizer.ts';
import {PrintView} from './print-view.tsx';

async function main(root: HTMLElement): Promise<void> {
	const id = Number(new URLSearchParams(location.search).get('id'));
	const clip = Number.isInteger(id) && id > 0 ? await getClip(db, id) : undefined;
	if (!clip) {
		root.textContent = 'This clip is no longer in your library.';
		return;
	}
	document.title = clip.title;
	render(
		<>
			<div class="toolbar no-print">
				<button type="button" class="primary" onClick={() => window.print()}>Print / Save as PDF</button>
			</div>
			<PrintView clip={clip} sanitizer={windowSanitizer(window)}/>
		</>,
		root,
	);
	root.dataset.ready = 'true';
}

const root = document.getElementById('app')!;
main(root).catch(error => {
	console.error('GovClip: print view failed', error);
	root.textContent = 'GovClip could not open this clip.';
});
