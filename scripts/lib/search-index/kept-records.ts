import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { filesKey } from '../content/checked-content.ts';
import { readEntryPages } from './entry-pages.ts';
import { searchRecords, type SearchRecord } from './write-index.ts';

/**
 * The search records, kept per content as the share images and collations are: under a key
 * made of what they are made from (the page entries, the manifest, the code that reads and
 * spells them, the lockfile), so that a build whose entries did not change hands Pagefind
 * the records it made before instead of reading every entry again. Under node_modules/,
 * which git ignores; deleting the folder only costs one slower build.
 */
export const RECORD_INPUTS = ['content/publication-pages', 'content/sources/manifest.yml', 'scripts/lib/search-index', 'src/core', 'src/markdown', 'package-lock.json'] as const;
export const RECORDS_DIR = 'node_modules/.cache/report-explorer/search-records';

export async function keptRecords(root: URL, inputs: readonly string[] = RECORD_INPUTS): Promise<{ pages: number; records: SearchRecord[] }> {
	const file = join(fileURLToPath(root), RECORDS_DIR, `${await filesKey(root, inputs)}.json`);
	const kept = await readFile(file, 'utf8').catch(() => undefined);
	if (kept) return JSON.parse(kept) as { pages: number; records: SearchRecord[] };
	const pages = await readEntryPages(root);
	const made = { pages: pages.length, records: searchRecords(pages) };
	await mkdir(join(file, '..'), { recursive: true });
	// Written whole, then renamed: a build stopped midway never leaves half a file to be read.
	await writeFile(`${file}.${process.pid}.tmp`, JSON.stringify(made));
	await rename(`${file}.${process.pid}.tmp`, file);
	return made;
}
