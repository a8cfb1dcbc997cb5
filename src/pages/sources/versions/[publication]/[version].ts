import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

/** Every version of a source ever published, byte for byte, by its SHA-256 (content/sources/versions/). */
const VERSIONS = join(process.cwd(), 'content/sources/versions');

export const getStaticPaths: GetStaticPaths = () =>
	readdirSync(VERSIONS, { withFileTypes: true })
		.filter((entry) => entry.isDirectory())
		.flatMap((dir) =>
			readdirSync(join(VERSIONS, dir.name))
				.filter((file) => /^[0-9a-f]{64}\.txt$/.test(file))
				.map((file) => ({ params: { publication: dir.name, version: file } })),
		);

export const GET: APIRoute = async ({ params }) =>
	new Response(await readFile(join(VERSIONS, String(params.publication), String(params.version))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
