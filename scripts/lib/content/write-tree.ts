import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';

/** Every file below a folder, as paths relative to it; none if the folder is missing. */
export async function listFiles(dir: string): Promise<string[]> {
	try {
		const entries = await readdir(dir, { recursive: true, withFileTypes: true });
		return entries.filter((e) => e.isFile()).map((e) => relative(dir, join(e.parentPath, e.name))).sort();
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

/**
 * Makes a folder hold exactly these files, all at once: they are written to a
 * staging folder beside it, which then replaces it. A run that fails before the
 * swap leaves the folder as it was. A folder that already matches is not touched.
 */
export async function replaceTree(dir: string, files: ReadonlyMap<string, string>): Promise<string[]> {
	const changed = await diffTree(dir, files);
	if (changed.length === 0) return changed;
	const staging = `${dir}.staging`;
	const old = `${dir}.old`;
	await rm(staging, { recursive: true, force: true });
	await rm(old, { recursive: true, force: true });
	for (const [path, content] of files) {
		await mkdir(dirname(join(staging, path)), { recursive: true });
		await writeFile(join(staging, path), content);
	}
	await rename(dir, old).catch((error: NodeJS.ErrnoException) => {
		if (error.code !== 'ENOENT') throw error;
	});
	await rename(staging, dir);
	await rm(old, { recursive: true, force: true });
	return changed;
}
