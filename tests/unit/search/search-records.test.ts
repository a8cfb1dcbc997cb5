import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readEntryPages } from '../../../scripts/lib/search-index/entry-pages.ts';
import { searchRecords } from '../../../scripts/lib/search-index/write-index.ts';
import { readManifest } from '../../../scripts/lib/content/manifest.ts';
import { readPageEntryMarkdown } from '../../../scripts/lib/content/page-entries.ts';
import { pagePath } from '../../../src/core/urls.ts';
import type { SearchPage } from '../../../scripts/lib/search-index/entry-pages.ts';
import { paragraphWords } from '../../../src/core/search/index-words.ts';
import { contentText, restoreText } from '../../../src/core/search/stored-text.ts';

const ROOT = new URL('../../../', import.meta.url);

const page = (blocks: SearchPage['blocks']): SearchPage => ({ url: '/2024/full/part-2/', label: '二、2024年工作安排', year: '2024', edition: 'full', blocks });

describe('searchRecords', () => {
	it('makes one record per block: its URL with #id, its words, its text, page and publication', () => {
		const [record, ...rest] = searchRecords([page([{ id: 's3-p2', text: '推进ＡＩ＋行动，　PM2.5浓度下降。', place: '（三）推进科技创新 · 第12段' }])]);
		expect(rest).toEqual([]);
		expect(record).toEqual({
			url: '/2024/full/part-2/#s3-p2',
			// The words of the folded text: widths, case and white space folded as the browser folds a query.
			content: paragraphWords('推进ai+行动,pm2.5浓度下降。').join(' '),
			meta: { title: '二、2024年工作安排', place: '（三）推进科技创新 · 第12段', patch: record!.meta.patch, year: '2024', edition: 'full' },
			filters: { year: ['2024'], edition: ['full'] },
			sort: { order: '000000000' },
		});
		// The text is the words' characters and the patch of what the fold took away.
		expect(restoreText(contentText(record!.content), record!.meta.patch)).toBe('推进ＡＩ＋行动，　PM2.5浓度下降。');
	});

	it('holds any text: q and Q, characters beyond the basic plane, with the metadata escaped and given back whole', () => {
		const text = '四季度（Q4）AQI达标，𠀀。';
		const [record] = searchRecords([page([{ id: 'p4', text }])]);
		expect(record!.content).toBe(paragraphWords('四季度(q4)aqi达标,𠀀。').join(' '));
		expect(restoreText(contentText(record!.content), record!.meta.patch)).toBe(text);
	});

	it('numbers the records in the order of the pages given, for report order', () => {
		const records = searchRecords([
			page([
				{ id: 'p1', text: '甲' },
				{ id: 'p2', text: '乙' },
			]),
			{ ...page([{ id: 'p1', text: '丙' }]), url: '/2021/full/part-1/' },
		]);
		expect(records.map((r) => r.sort.order)).toEqual(['000000000', '000000001', '000000002']);
	});

	it('leaves out a block with nothing to search once folded', () => {
		expect(
			searchRecords([
				page([
					{ id: 'p1', text: '　 ' },
					{ id: 'p2', text: '文字' },
				]),
			]).map((r) => r.url),
		).toEqual(['/2024/full/part-2/#p2']);
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
			expect(
				pages.get(url)?.blocks.map((b) => b.id),
				url,
			).toEqual(entry.ids);
		}
	});

	it('gives each paragraph its place as the page shows it: the section the outline names, and the number in the margin', () => {
		const part = pages.get('/2024/full/part-2/')!;
		const section = part.blocks.find((b) => b.id === 's3')!;
		const inside = part.blocks.find((b) => b.id.startsWith('s3-p'))!;
		expect(section.place).toMatch(/^（三）.+ · 第\d+段$/);
		expect(inside.place!.split(' · ')[0]).toBe(section.place!.split(' · ')[0]);
		expect(Number(inside.place!.match(/第(\d+)段/)![1])).toBeGreaterThan(Number(section.place!.match(/第(\d+)段/)![1]));
		// A heading says where it is by its own text.
		expect(part.blocks.find((b) => b.id === 'top')?.place).toBe('');
	});
});
