import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/** Each source as published, byte for byte, so a reader can check it against its SHA-256. */
export const getStaticPaths: GetStaticPaths = async () => (await getCollection('publications')).map((entry) => ({ params: { file: entry.data.file } }));

export const GET: APIRoute = async ({ params }) =>
	new Response(await readFile(join(process.cwd(), 'content/sources', String(params.file))), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
