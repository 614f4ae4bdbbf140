/** Popup entry: the only popup file that touches the real browser. */
import {render} from 'preact';
import {App} from './app.tsx';
import {createExtensionPopupApi} from './extension-popup-api.ts';

render(<App api={createExtensionPopupApi(location.search)}/>, document.getElementById('app')!);
