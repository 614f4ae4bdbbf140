/**
 * Reads the extension's IndexedDB with the raw API from one of its pages (pass to page.evaluate): every clip row
 * with whether its body and its search entry exist. A clip is whole when it has all three; anything else is a
 * half-written save. Read in one transaction, so it sees one committed state.
 */
export const auditLibrary = () => new Promise((resolve, reject) => {
	const open = indexedDB.open('govclip');
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const db = open.result;
		const names = ['clips', 'bodies', 'pending', 'searchHead'].filter(name => db.objectStoreNames.contains(name));
		const tx = db.transaction(names, 'readonly');
		const all = name => new Promise((done, fail) => {
			if (!names.includes(name)) {
				done([]);
				return;
			}
			const request = tx.objectStore(name).getAll();
			request.onsuccess = () => done(request.result);
			request.onerror = () => fail(request.error);
		});
		Promise.all([all('clips'), all('bodies'), all('pending'), all('searchHead')]).then(([clips, bodies, pending, heads]) => {
			db.close();
			const bodyIds = new Set(bodies.filter(body => typeof body.contentHtml === 'string' && body.text?.length > 0).map(body => body.id));
			const head = heads.find(row => row.key === 'head');
			const indexed = new Set(head ? Array.from(head.docs.ids) : []);
			for (const entry of pending) {
				if (entry.doc) indexed.add(entry.id);
				else indexed.delete(entry.id);
			}
			const clipIds = new Set(clips.map(clip => clip.id));
			resolve({
				clips: clips.map(clip => ({id: clip.id, url: clip.url, canonicalUrl: clip.canonicalUrl, title: clip.title, hasBody: bodyIds.has(clip.id), indexed: indexed.has(clip.id)})),
				orphanBodies: bodies.map(body => body.id).filter(id => !clipIds.has(id)),
				orphanIndex: [...indexed].filter(id => !clipIds.has(id)),
			});
		}, reject);
	};
});

/** The stored bodies: [{id, title, contentHtml, text}] (pass to page.evaluate). */
export const storedBodies = () => new Promise((resolve, reject) => {
	const open = indexedDB.open('govclip');
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const db = open.result;
		const tx = db.transaction(['clips', 'bodies'], 'readonly');
		const clips = tx.objectStore('clips').getAll();
		const bodies = tx.objectStore('bodies').getAll();
		tx.oncomplete = () => {
			db.close();
			const titles = new Map(clips.result.map(clip => [clip.id, clip.title]));
			resolve(bodies.result.map(body => ({id: body.id, title: titles.get(body.id), contentHtml: body.contentHtml, text: body.text})));
		};
		tx.onerror = () => reject(tx.error);
	};
});

/** Run in an extension page: the database's version and one clip's row, read with the raw API. */
export const readClipRow = id => new Promise((resolve, reject) => {
	const open = indexedDB.open('govclip');
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const request = open.result.transaction('clips').objectStore('clips').get(id);
		request.onsuccess = () => {
			open.result.close();
			resolve({version: open.result.version, row: request.result ?? null});
		};
		request.onerror = () => reject(request.error);
	};
});

/** How many search entries wait to be merged into the index (pass to page.evaluate). */
export const pendingIndexEntries = () => new Promise((resolve, reject) => {
	const open = indexedDB.open('govclip');
	open.onerror = () => reject(open.error);
	open.onsuccess = () => {
		const db = open.result;
		const request = db.transaction('pending', 'readonly').objectStore('pending').count();
		request.onsuccess = () => {
			db.close();
			resolve(request.result);
		};
		request.onerror = () => reject(request.error);
	};
});
