/** library.html: the full-tab library. The only library file that touches the real browser. */
import {render} from 'preact';
import {browserMessageLookup} from '../../platform/i18n.ts';
import {setMessageLookup} from '../../ui/i18n.ts';
import {windowSanitizer} from '../../ui/window-sanitizer.ts';
import {LibraryApp} from './app.tsx';
import {createExtensionLibraryApi} from './extension-library-api.ts';
import {warmUpSearch} from '../../storage/search-index.ts';
import {db} from '../../storage/default-db.ts';

setMessageLookup(browserMessageLookup);
const id = Number(new URLSearchParams(location.search).get('id'));
const sanitizer = windowSanitizer(window);
render(
	<LibraryApp api={createExtensionLibraryApi(sanitizer)} sanitizer={sanitizer} initialId={Number.isInteger(id) && id > 0 ? id : undefined}/>,
	document.getElementById('app')!,
);
// After the first paint: load the index head now, so the first search does not wait for it.
setTimeout(() => void warmUpSearch(db).catch(() => undefined), 0);
