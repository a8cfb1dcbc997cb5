import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Two static hosts for a built site, on the loopback address only.
 *
 * serveStatic serves the site as it would be deployed: directory URLs served from their
 * index.html (a URL without its trailing slash redirected to it), 404.html for what does
 * not exist, text compressed with gzip when the browser accepts it, and long caching for
 * Astro's hashed assets. Used by the Lighthouse benchmark and test, so that what
 * Lighthouse scores is what a reader gets.
 *
 * serveCounting serves the files as they are written, uncompressed (Pagefind's index
 * files are compressed by Pagefind itself), and counts what it sends, which sees every
 * request a page makes, its workers' included. Used by the search benchmark, whose byte
 * figures are these counts.
 */
/**
 * Content types. serveCounting's figures include the headers it sends, so it keeps these
 * as they were when its figures were first taken; serveStatic sends a charset with JSON
 * and XML and names CSV and WebAssembly too.
 */
const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml',
};
const DEPLOYED_TYPES: Record<string, string> = {
	...TYPES,
	'.json': 'application/json; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
	'.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.txt', '.xml', '.csv']);

async function isFile(path: string): Promise<boolean> {
	return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}

/**
 * The file a URL path names under `root`: the file itself or, for a folder, its
 * index.html (`folder` set); `outside` for a path that leaves `root`.
 */
async function locate(root: string, path: string): Promise<{ file: string; folder: boolean } | 'outside' | 'missing'> {
	const target = normalize(join(root, path));
	if (!target.startsWith(normalize(root + sep)) && target !== normalize(root)) return 'outside';
	if (await isFile(target)) return { file: target, folder: false };
	const index = join(target, 'index.html');
	if (await isFile(index)) return { file: index, folder: true };
	return 'missing';
}

export interface StaticSite {
	url: string;
	close: () => Promise<void>;
}

/** Listens on 127.0.0.1 (`port` 0: any free port); a request that throws is answered 500. */
async function listen(handler: (request: IncomingMessage, response: ServerResponse) => Promise<void>, port: number): Promise<StaticSite> {
	const server: Server = createServer(async (request, response) => {
		try {
			await handler(request, response);
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

export async function serveStatic(root: string, port = 0): Promise<StaticSite> {
	return listen(async (request, response) => {
		const url = new URL(request.url ?? '/', 'http://localhost');
		const path = decodeURIComponent(url.pathname);
		const found = await locate(root, path);
		if (found === 'outside') {
			response.writeHead(403).end();
			return;
		}
		if (found !== 'missing' && found.folder && !path.endsWith('/')) {
			response.writeHead(301, { location: `${path}/${url.search}` }).end();
			return;
		}
		const [file, status] = found === 'missing' ? [join(root, '404.html'), 404] : [found.file, 200];
		const extension = extname(file);
		let body: Buffer = await readFile(file);
		const headers: Record<string, string> = {
			'content-type': DEPLOYED_TYPES[extension] ?? 'application/octet-stream',
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
	}, port);
}

/**
 * What serveCounting has sent since the counts were last reset; only files found (200)
 * count. Text files go gzipped to a client that accepts it, as serveStatic and any host
 * send them (Pagefind's own files are compressed already); `rawBytes` counts them as if
 * sent uncompressed.
 */
export interface Traffic {
	/** Bodies and headers. */
	bytes: number;
	/** The same, every body uncompressed. */
	rawBytes: number;
	paths: string[];
	/** Bytes sent per file, headers included. */
	sizes: number[];
}

export async function serveCounting(root: string, port = 0): Promise<StaticSite & { traffic: Traffic }> {
	const traffic: Traffic = { bytes: 0, rawBytes: 0, paths: [], sizes: [] };
	const site = await listen(async (request, response) => {
		const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const found = await locate(root, path);
		if (typeof found === 'string') {
			response.writeHead(found === 'outside' ? 403 : 404).end();
			return;
		}
		const { file } = found;
		const size = (await stat(file)).size;
		const gzip = COMPRESSIBLE.has(extname(file)) && /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
		const body = gzip ? gzipSync(await readFile(file)) : undefined;
		const headers: Record<string, string> = {
			'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
			'content-length': String(body?.length ?? size),
			'cache-control': 'max-age=3600',
		};
		if (gzip) headers['content-encoding'] = 'gzip';
		// Counted: the status line (17 bytes) and these headers, not the Date and Connection headers Node adds.
		const headerBytes = Object.entries(headers).reduce((sum, [k, v]) => sum + k.length + v.length + 4, 17);
		const sent = (body?.length ?? size) + headerBytes;
		traffic.bytes += sent;
		traffic.rawBytes += size + headerBytes;
		traffic.paths.push(path);
		traffic.sizes.push(sent);
		response.writeHead(200, headers);
		if (body) response.end(body);
		else createReadStream(file).pipe(response);
	}, port);
	return { ...site, traffic };
}
