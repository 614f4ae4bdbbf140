/** Popup entry: the only popup file that touches the real browser. */
import {render} from 'preact';
import {browserMessageLookup} from '../platform/i18n.ts';
import {setMessageLookup} from '../ui/i18n.ts';
import {App} from './app.tsx';
import {createExtensionPopupApi} from './extension-popup-api.ts';
import {warmUpSearch} from '../storage/search-index.ts';
import {db} from '../storage/default-db.ts';

performance.mark('govclip:popup-start'); // the code has loaded: bench/popup.ts times what follows
setMessageLookup(browserMessageLookup);
render(<App api={createExtensionPopupApi(location.search)}/>, document.getElementById('app')!);
// After the first paint: load the index head now, so the first letter typed does not wait for it.
setTimeout(() => void warmUpSearch(db).catch(() => undefined), 0);
