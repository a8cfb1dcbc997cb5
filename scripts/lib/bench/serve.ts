import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

/**
 * A minimal static server for a built site, on the loopback address only, so that the
 * search benchmark measures the site's own files as they are written (Pagefind's
 * index files are compressed by Pagefind itself; nothing else is compressed here).
 * It counts what it sends (bodies and headers), which sees every request a page makes,
 * its workers' included.
 */
export interface Traffic {
	bytes: number;
	paths: string[];
	/** Bytes sent per file, headers included. */
	sizes: number[];
}
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};

export async function serveSite(root: string, port = 0): Promise<{ url: string; traffic: Traffic; close: () => Promise<void> }> {
	const traffic: Traffic = { bytes: 0, paths: [], sizes: [] };
	const server: Server = createServer(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		let file = normalize(join(root, path));
		if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
			response.writeHead(403).end();
			return;
		}
		try {
			if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
			await stat(file);
		} catch {
			response.writeHead(404).end();
			return;
		}
		const size = (await stat(file)).size;
		const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': String(size), 'cache-control': 'max-age=3600' };
		const sent = size + Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 17);
		traffic.bytes += sent;
		traffic.paths.push(path);
		traffic.sizes.push(sent);
		response.writeHead(200, headers);
		createReadStream(file).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('serve: no address');
	return {
		url: `http://127.0.0.1:${address.port}`,
		traffic,
		close: () => new Promise((resolve) => server.close(() => resolve())),
	};
}
