/** print.html?id=… or ?ids=1,2,3: one clip, or a briefing pack, clean and ready for window.print() or Save as PDF. */
import {render} from 'preact';
import {browserMessageLookup} from '../../platform/i18n.ts';
import {setMessageLookup, t} from '../../ui/i18n.ts';
import {getClips} from '../../storage/clips.ts';
import {db} from '../../storage/default-db.ts';
import {windowSanitizer} from '../../ui/window-sanitizer.ts';
import {BriefingPack} from './briefing-pack.tsx';
import {PaperSwitch} from './paper-switch.tsx';
import {PrintView} from './print-view.tsx';

function requestedIds(search: string): number[] {
	const parameters = new URLSearchParams(search);
	const raw = parameters.get('ids') ?? parameters.get('id') ?? '';
	return raw.split(',').map(Number).filter(id => Number.isInteger(id) && id > 0);
}

async function main(root: HTMLElement): Promise<void> {
	const clips = await getClips(db, requestedIds(location.search));
	if (clips.length === 0) {
		root.textContent = t('clipMissing');
		return;
	}
	const sanitizer = windowSanitizer(window);
	document.title = clips.length === 1 ? clips[0]!.title : t('briefingPackTitle', clips.length);
	render(
		<>
			<div class="toolbar no-print">
				<PaperSwitch/>
				<button type="button" class="primary" onClick={() => window.print()}>{t('printSaveAsPdf')}</button>
			</div>
			{clips.length === 1
				? <PrintView clip={clips[0]!} sanitizer={sanitizer}/>
				: <BriefingPack clips={clips} sanitizer={sanitizer} now={Date.now()}/>}
		</>,
		root,
	);
	root.dataset.ready = 'true';
}

setMessageLookup(browserMessageLookup);
const root = document.getElementById('app')!;
main(root).catch(error => {
	console.error('GovClip: print view failed', error);
	root.textContent = t('printFailed');
});
