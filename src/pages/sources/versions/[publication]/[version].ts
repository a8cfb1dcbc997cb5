import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

/**
 * Every version of a source ever published, byte for byte, by its SHA-256
 * (content/sources/versions/), as `npm run ingest` keeps them. Read from the files, not
 * the content layer: they are served as they are, never shown, and their bytes must stay
 * the bytes their SHA-256 names.
 */
const FOLDERS = [join(process.cwd(), 'content/sources/versions')];

function versionFiles(): { publication: string; version: string; path: string }[] {
	const found = new Map<string, { publication: string; version: string; path: string }>();
	for (const folder of FOLDERS.filter((f) => existsSync(f))) {
		for (const dir of readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
			for (const file of readdirSync(join(folder, dir.name)).filter((name) => /^[0-9a-f]{64}\.txt$/.test(name))) {
				const key = `${dir.name}/${file}`;
				if (!found.has(key)) found.set(key, { publication: dir.name, version: file, path: join(folder, dir.name, file) });
			}
		}
	}
	return [...found.values()];
}

export const getStaticPaths: GetStaticPaths = () => versionFiles().map(({ publication, version, path }) => ({ params: { publication, version }, props: { path } }));

export const GET: APIRoute<{ path: string }> = async ({ props }) => new Response(await readFile(props.path), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
