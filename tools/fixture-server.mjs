/** A tiny static server for the demo government site in tests/fixtures/site, on 127.0.0.1 (used by e2e tests and `npm start`). */
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';

const ROOT = fileURLToPath(new URL('../tests/fixtures/site/', import.meta.url));
const TYPES = {'.html': 'text/html; charset=utf-8', '.pdf': 'application/pdf', '.css': 'text/css', '.png': 'image/png', '.txt': 'text/plain'};

/** Serves `root` on 127.0.0.1; port 0 picks a free one. Resolves to {url, close}. */
export async function serveFixtures({port = 0, root = ROOT} = {}) {
	const server = createServer(async (request, response) => {
		const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		const file = join(root, path.endsWith('/') ? `${path}index.html` : path);
		try {
			const body = await readFile(file);
			response.writeHead(200, {'content-type': TYPES[extname(file)] ?? 'application/octet-stream'});
			response.end(body);
		} catch {
			response.writeHead(404, {'content-type': 'text/plain'});
			response.end('Not found');
		}
	});
	await new Promise(resolve => server.listen(port, '127.0.0.1', resolve));
	const {port: actual} = server.address();
	return {url: `http://127.0.0.1:${actual}`, close: () => new Promise(resolve => server.close(resolve))};
}
