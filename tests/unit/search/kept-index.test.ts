import { mkdir, mkdtemp, readdir, readFile, rm, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { filesKey } from '../../../scripts/lib/content/checked-content.ts';
import { readEntryPages } from '../../../scripts/lib/search-index/entry-pages.ts';
import { forgetOldIndexes, INDEX_DIR, INDEX_INPUTS, keptIndex, placeIndex } from '../../../scripts/lib/search-index/kept-index.ts';
import { indexRecords, searchRecords } from '../../../scripts/lib/search-index/write-index.ts';

const root = new URL('../../../', import.meta.url);
const scratch = await mkdtemp(join(tmpdir(), 'kept-index-'));
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** Every file below `folder`, by its path inside it, with its bytes. */
async function filesOf(folder: string): Promise<Map<string, Buffer>> {
	const names = (await readdir(folder, { recursive: true, withFileTypes: true }))
		.filter((entry) => entry.isFile())
		.map((entry) => join(entry.parentPath, entry.name).slice(folder.length));
	return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(folder, name))] as const)));
}

describe('the kept search index', () => {
	it('is kept under the key of what it is made from, and found there by the next build', async () => {
		const records = searchRecords(await readEntryPages(root));
		const first = await keptIndex(root);
		expect(first.folder).toBe(join(new URL(INDEX_DIR, root).pathname, await filesKey(root, INDEX_INPUTS)));
		expect(first.records).toBe(records.length);
		const second = await keptIndex(root);
		expect(second).toEqual({ ...first, made: false });
	});

	// Keeping it is right only because Pagefind writes the same bytes from the same records.
	it('holds the bytes Pagefind writes from the records today', async () => {
		const kept = await keptIndex(root);
		const fresh = join(scratch, 'fresh');
		await (await indexRecords(searchRecords(await readEntryPages(root)))).write(fresh);
		const [written, held] = await Promise.all([filesOf(fresh), filesOf(join(kept.folder, 'pagefind'))]);
		expect([...held.keys()].sort()).toEqual([...written.keys()].sort());
		for (const [name, bytes] of written) expect(held.get(name)?.equals(bytes), name).toBe(true);
	});

	it('is placed into an output folder whole', async () => {
		const kept = await keptIndex(root);
		const placed = join(scratch, 'dist', 'pagefind');
		await placeIndex(kept, placed);
		const [held, put] = await Promise.all([filesOf(join(kept.folder, 'pagefind')), filesOf(placed)]);
		expect(put.size).toBeGreaterThan(0);
		expect([...put.keys()].sort()).toEqual([...held.keys()].sort());
		for (const [name, bytes] of held) expect(put.get(name)?.equals(bytes), name).toBe(true);
	});

	it('keeps the three newest indexes of other contents, and any other used within the hour', async () => {
		const kept = join(scratch, 'kept');
		const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
		const ages = { current: 30, used1: 0.1, used2: 0.2, used3: 0.3, used4: 0.4, a: 2, b: 3 };
		for (const [name, hours] of Object.entries(ages)) {
			await mkdir(join(kept, name), { recursive: true });
			await utimes(join(kept, name), hoursAgo(hours), hoursAgo(hours));
		}
		await forgetOldIndexes(kept, join(kept, 'current'));
		expect((await readdir(kept)).sort()).toEqual(['current', 'used1', 'used2', 'used3', 'used4']);
	});
});
