import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { listFiles } from '../../scripts/lib/content/write-tree.ts';

/** The files of a built site, as the site tests, the browser tests and the benches list them. */

/** Total bytes of the files under a folder. */
export async function folderSize(folder: string): Promise<number> {
	let total = 0;
	for (const entry of await readdir(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		if (entry.isDirectory()) total += await folderSize(path);
		else if (entry.isFile()) total += (await stat(path)).size;
	}
	return total;
}

/** The HTML pages of a built site (files ending in .html), paths relative to it, sorted. */
export async function htmlPages(site: string): Promise<string[]> {
	// A site that is not there is an error (listFiles would list nothing).
	await stat(site);
	return (await listFiles(site)).filter((file) => file.endsWith('.html'));
}
