import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { filesKey } from '../../../scripts/lib/content/checked-content.ts';
import { readEntryPages } from '../../../scripts/lib/search-index/entry-pages.ts';
import { keptRecords, RECORD_INPUTS, RECORDS_DIR } from '../../../scripts/lib/search-index/kept-records.ts';
import { searchRecords } from '../../../scripts/lib/search-index/write-index.ts';

const root = new URL('../../../', import.meta.url);

describe('the kept search records', () => {
	it('are the records the entries make, and are kept under the key of what they are made from', async () => {
		const fresh = searchRecords(await readEntryPages(root));
		const first = await keptRecords(root);
		expect(first.records).toEqual(fresh);
		const file = join(new URL(RECORDS_DIR, root).pathname, `${await filesKey(root, RECORD_INPUTS)}.json`);
		expect(existsSync(file)).toBe(true);
		const second = await keptRecords(root);
		expect(second).toEqual(first);
	});
});
