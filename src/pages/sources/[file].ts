import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { SOURCES_FOLDER } from '../../site/source-text.ts';

/**
 * Each source as published, byte for byte, so a reader can check it against its SHA-256.
 * Read from the file, not the content layer: the layer keeps the decoded text (for
 * /sources/<name>/), and a download must be the bytes themselves, byte-order mark and all.
 */
export const getStaticPaths: GetStaticPaths = async () => (await getCollection('publications')).map((entry) => ({ params: { file: entry.data.file } }));

export const GET: APIRoute = async ({ params }) =>
	new Response(await readFile(join(process.cwd(), SOURCES_FOLDER, String(params.file))), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
