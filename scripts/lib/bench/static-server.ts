import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * A static host for a built site, as the site would be deployed: directory URLs
 * served from their index.html (a URL without its trailing slash redirected to it),
 * 404.html for what does not exist, text compressed with gzip when the browser
 * accepts it, and long caching for Astro's hashed assets. Loopback only. Used by the
 * Lighthouse benchmark and test, so that what Lighthouse scores is what a reader gets.
 */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.csv']);

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

export interface StaticSite {
	url: string;
	close: () => Promise<void>;
}

export async function serveStatic(root: string, port = 0): Promise<StaticSite> {
	const base = normalize(root + sep);
	const server: Server = createServer(async (request, response) => {
		try {
			const url = new URL(request.url ?? '/', 'http://localhost');
			const path = decodeURIComponent(url.pathname);
			const target = normalize(join(root, path));
			if (!target.startsWith(base) && target !== normalize(root)) {
				response.writeHead(403).end();
				return;
			}
			let file = target;
			let status = 200;
			if (!(await isFile(file))) {
				if (await isFile(join(target, 'index.html'))) {
					if (!path.endsWith('/')) {
						response.writeHead(301, { location: `${path}/${url.search}` }).end();
						return;
					}
					file = join(target, 'index.html');
				} else {
					file = join(root, '404.html');
					status = 404;
				}
			}
			const extension = extname(file);
			let body: Buffer = await readFile(file);
			const headers: Record<string, string> = {
				'content-type': TYPES[extension] ?? 'application/octet-stream',
				'cache-control': path.startsWith('/_astro/') ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate',
				vary: 'accept-encoding',
			};
			// Pagefind's index files are compressed already (by Pagefind).
			if (COMPRESSIBLE.has(extension) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) {
				body = gzipSync(body);
				headers['content-encoding'] = 'gzip';
			}
			headers['content-length'] = String(body.length);
			response.writeHead(status, headers);
			response.end(request.method === 'HEAD' ? undefined : body);
		} catch (error) {
			response.writeHead(500).end(String(error));
		}
	});
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
	const address = server.address();
	if (!address || typeof address === 'string') throw new Error('static server: no address');
	return {
		url: `http://127.0.0.1:${address.port}`,
		close: () =>
			new Promise((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}
