/** A 127.0.0.1 server for pages built in memory by a test: each route sets its own status, headers and body. */
import {createServer} from 'node:http';

/**
 * `routes` maps a path to {body, type, headers?, status?} (body: string or Buffer). Routes may be added after
 * start (`server.set(path, route)`). Every request is recorded in `server.requests` (path and time).
 */
export async function serveRoutes(routes = {}) {
	const table = new Map(Object.entries(routes));
	const requests = [];
	const server = createServer((request, response) => {
		const path = new URL(request.url ?? '/', 'http://x').pathname;
		requests.push({path, at: Date.now()});
		const route = table.get(path);
		if (!route) {
			response.writeHead(404, {'content-type': 'text/plain'});
			response.end('Not found');
			return;
		}
		const headers = {...route.headers};
		if (route.type !== undefined) {
			headers['content-type'] = route.type;
		}
		response.writeHead(route.status ?? 200, headers);
		response.end(route.body);
	});
	await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
	const {port} = server.address();
	return {
		url: `http://127.0.0.1:${port}`,
		origin: `http://127.0.0.1:${port}`,
		requests,
		set: (path, route) => table.set(path, route),
		close: () => new Promise(resolve => {
			server.closeAllConnections?.();
			server.close(resolve);
		}),
	};
}
