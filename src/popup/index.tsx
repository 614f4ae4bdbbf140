/** Popup entry: the only popup file that touches the real browser. */
import {render} from 'preact';
import {browserMessageLookup} from '../platform/i18n.ts';
import {setMessageLookup} from '../ui/i18n.ts';
import {App} from './app.tsx';
import {createExtensionPopupApi, readRecent, warmUpSearch} from './extension-popup-api.ts';

performance.mark('govclip:popup-start'); // the code has loaded: bench/popup.ts times what follows
// Ask for the recent clips now, while the first render runs, not after it has painted.
const recent = readRecent();
recent.then(() => performance.mark('govclip:recent-read'), () => undefined); // the list's own effect reports a failure
setMessageLookup(browserMessageLookup);
render(
	// Once the list read from the database is on screen, load the search code and the index head, so the first letter
	// typed does not wait for them. Not sooner: with 50,000 clips the head is a few megabytes to read and decode, and
	// it would hold up that read (the remembered list paints without it).
	<App api={createExtensionPopupApi(location.search, {recent})} onFreshList={() => void warmUpSearch().catch(() => undefined)}/>,
	document.getElementById('app')!,
);
