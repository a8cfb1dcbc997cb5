import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';

/** Each source as published, byte for byte, so a reader can check it against its SHA-256. */
export const getStaticPaths: GetStaticPaths = async () =>
	(await getCollection('publications')).map((entry) => ({ params: { file: entry.data.file } }));

export const GET: APIRoute = async ({ params }) =>
	new Response(await readFile(new URL(`../../../content/sources/${params.file}`, import.meta.url)), {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
