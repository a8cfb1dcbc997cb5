import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** Every file below a folder, as paths relative to it; none if the folder is missing. */
export async function listFiles(dir: string): Promise<string[]> {
	try {
		const entries = await readdir(dir, { recursive: true, withFileTypes: true });
		return entries
			.filter((e) => e.isFile())
			.map((e) => relative(dir, join(e.parentPath, e.name)))
			.sort();
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
		throw error;
	}
}

/** The files that differ between a folder and what it should hold: changed, added and stale paths. */
export async function diffTree(dir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
	const existing = await listFiles(dir);
	const differ: string[] = existing.filter((path) => !files.has(path));
	for (const [path, content] of files) {
		const current = existing.includes(path) ? await readFile(join(dir, path), 'utf8') : undefined;
		if (current !== content) differ.push(path);
	}
	return differ.sort();
}
