import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEntryPages } from '../../../scripts/lib/search-index/entry-pages.ts';
import { searchRecords } from '../../../scripts/lib/search-index/write-index.ts';
import { readManifest } from '../../../scripts/lib/content/manifest.ts';
import { readPageEntryMarkdown } from '../../../scripts/lib/content/page-entries.ts';
import { pagePath } from '../../../src/core/urls.ts';
import type { SearchPage } from '../../../scripts/lib/search-index/entry-pages.ts';
import { paragraphWords } from '../../../src/core/search/index-words.ts';

const ROOT = new URL('../../../', import.meta.url);

const page = (blocks: SearchPage['blocks']): SearchPage => ({ url: '/2024/full/part-2/', label: '二、2024年工作安排', year: '2024', edition: 'full', blocks });

describe('searchRecords', () => {
	it('makes one record per block: its URL with #id, its words, its text, page and publication', () => {
		const [record, ...rest] = searchRecords([page([{ id: 's3-p2', text: '推进ＡＩ＋行动，　PM2.5浓度下降。' }])]);
		expect(rest).toEqual([]);
		expect(record).toEqual({
			url: '/2024/full/part-2/#s3-p2',
			// The words of the folded text: widths, case and white space folded as the browser folds a query.
			content: paragraphWords('推进ai+行动,pm2.5浓度下降。').join(' '),
			meta: { title: '二、2024年工作安排', text: '推进ＡＩ＋行动，　PM2.5浓度下降。', year: '2024', edition: 'full' },
			filters: { year: ['2024'], edition: ['full'] },
		});
	});

	it('leaves out a block with nothing to search once folded', () => {
		expect(searchRecords([page([{ id: 'p1', text: '　 ' }, { id: 'p2', text: '文字' }])]).map((r) => r.url)).toEqual(['/2024/full/part-2/#p2']);
	});

	it('refuses text holding the letter every search word starts with, naming the block', () => {
		expect(() => searchRecords([page([{ id: 'p4', text: '建设Quantum实验室' }])])).toThrow('/2024/full/part-2/#p4 contains “q”');
	});
});

describe('readEntryPages on the real corpus', async () => {
	const pages = new Map((await readEntryPages(ROOT)).map((p) => [p.url, p]));
	const publications = new Map((await readManifest(ROOT)).map((p) => [p.id, p]));
	const entries = readdirSync(new URL('content/publication-pages/', ROOT), { recursive: true })
		.map(String)
		.filter((file) => file.endsWith('.md'))
		.map((file) => readPageEntryMarkdown(readFileSync(new URL(`content/publication-pages/${file}`, ROOT), 'utf8'), file).page);

	it('reads every page entry once, at its page URL', () => {
		expect(pages.size).toBe(entries.length);
		expect([...pages.keys()].sort()).toEqual(entries.map((e) => pagePath(publications.get(e.publication)!, e.slug)).sort());
	});

	it('finds, on each page, exactly the blocks its entry declares, in order', () => {
		for (const entry of entries) {
			const url = pagePath(publications.get(entry.publication)!, entry.slug);
			expect(pages.get(url)?.blocks.map((b) => b.id), url).toEqual(entry.ids);
		}
	});
});
