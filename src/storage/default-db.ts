/** The database every extension context opens (background, popup, views). Dexie opens it lazily on first use. */
import {ClipDb} from './db.ts';

export const db = new ClipDb();
