// A DOM for component tests (happy-dom). Imported first: @testing-library binds `document.body` at import time.
import {GlobalRegistrator} from '@happy-dom/global-registrator';

GlobalRegistrator.register({url: 'http://localhost/', width: 400, height: 600});
