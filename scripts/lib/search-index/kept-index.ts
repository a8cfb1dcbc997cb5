import { copyFile, link, mkdir, readdir, readFile, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MANIFEST_FILE } from '../../../src/core/schemas/publication.ts';
import { filesKey } from '../content/checked-content.ts';
import { readEntryPages } from './entry-pages.ts';
import { indexRecords, searchRecords } from './write-index.ts';

/**
 * The written Pagefind index, kept per content as the share images and collations are: under
 * a key made of what it is made from (the page entries, the manifest, the code that reads and
 * spells them, the lockfile, which pins Pagefind), so that a build whose entries did not change
 * copies the index it wrote before instead of indexing again. Pagefind writes the same bytes
 * from the same records (tests/unit/search/kept-index.test.ts). Under node_modules/, which git
 * ignores; deleting the folder only costs one slower build.
 */
export const INDEX_INPUTS = ['content/publication-pages', MANIFEST_FILE, 'scripts/lib/search-index', 'src/core', 'src/markdown', 'package-lock.json'] as const;
export const INDEX_DIR = 'node_modules/.cache/report-explorer/search-index';
/** Indexes kept for other contents (an edit undone, a branch switched back) before the oldest go. */
const KEPT_OTHERS = 3;
/** An index used this recently may be in use by a build still running beside this one: never removed. */
const IN_USE_MS = 60 * 60_000;

export interface KeptIndex {
	/** The folder whose `pagefind/` is the index, to be copied into the output. */
	folder: string;
	pages: number;
	records: number;
	/** Whether this call indexed (true) or found the index an earlier build kept (false). */
	made: boolean;
}

interface Summary {
	pages: number;
	records: number;
}

/** The index of the page entries as they are now: the one a build kept for them, else made (read, indexed, written) and kept. */
export async function keptIndex(root: URL, inputs: readonly string[] = INDEX_INPUTS): Promise<KeptIndex> {
	const keptDir = join(fileURLToPath(root), INDEX_DIR);
	const folder = join(keptDir, await filesKey(root, inputs));
	const kept = await readFile(join(folder, 'summary.json'), 'utf8').catch(() => undefined);
	if (kept) {
		// Marked as used, so that a build of other content beside this one does not remove it.
		const now = new Date();
		await utimes(folder, now, now).catch(() => undefined);
		return { folder, ...(JSON.parse(kept) as Summary), made: false };
	}
	const pages = await readEntryPages(root);
	const records = searchRecords(pages);
	// Written whole into a folder of this process, then renamed: a build stopped midway never
	// leaves half an index to be copied, and two builds at once each write their own.
	const writing = `${folder}.${process.pid}.tmp`;
	await rm(writing, { recursive: true, force: true });
	await (await indexRecords(records)).write(join(writing, 'pagefind'));
	await writeFile(join(writing, 'summary.json'), JSON.stringify({ pages: pages.length, records: records.length } satisfies Summary));
	// Another build may have kept the same index meanwhile: then its copy stands and this one goes.
	await rename(writing, folder).catch(() => rm(writing, { recursive: true, force: true }));
	await forgetOldIndexes(keptDir, folder);
	return { folder, pages: pages.length, records: records.length, made: true };
}

/** Keeps the newest few indexes besides `current` (and any used within the hour), so that the cache does not grow with every edit. */
export async function forgetOldIndexes(keptDir: string, current: string): Promise<void> {
	const names = (await readdir(keptDir)).filter((name) => !name.endsWith('.tmp') && join(keptDir, name) !== current);
	const dated = await Promise.all(names.map(async (name) => ({ name, time: (await stat(join(keptDir, name)).catch(() => undefined))?.mtimeMs ?? 0 })));
	const old = dated
		.sort((a, b) => b.time - a.time)
		.slice(KEPT_OTHERS)
		.filter(({ time }) => Date.now() - time > IN_USE_MS);
	await Promise.all(old.map(({ name }) => rm(join(keptDir, name), { recursive: true, force: true })));
}

/**
 * Puts the kept index into the output folder `to` as hard links: a build then creates no
 * file data for it, where copying its 650-odd files made a build about 0.35 s longer and
 * cost 0.6 s more CPU, half of it the kernel's (6 interleaved builds each). Where links
 * cannot be made (another file system) the files are copied. The output's files are then
 * the kept ones: a tool that rewrote them in place would change the kept index too
 * (README, "Run it").
 */
export async function placeIndex(index: KeptIndex, to: string): Promise<void> {
	const from = join(index.folder, 'pagefind');
	const entries = await readdir(from, { recursive: true, withFileTypes: true });
	const target = (entry: { parentPath: string; name: string }) => join(to, relative(from, entry.parentPath), entry.name);
	await mkdir(to, { recursive: true });
	for (const entry of entries) if (entry.isDirectory()) await mkdir(target(entry), { recursive: true });
	await Promise.all(
		entries
			.filter((entry) => entry.isFile())
			.map((entry) => link(join(entry.parentPath, entry.name), target(entry)).catch(() => copyFile(join(entry.parentPath, entry.name), target(entry)))),
	);
}
