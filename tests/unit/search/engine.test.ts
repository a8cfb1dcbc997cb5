import { describe, expect, test } from 'vitest';
import { relatedQueries, runSearch, type PagefindLike, type PagefindResponse } from '../../../src/client/search/engine.ts';
import { normalize } from '../../../src/core/search/fold.ts';
import { paragraphWords } from '../../../src/core/search/index-words.ts';
import { matches } from '../../support/pagefind-rule.ts';

/**
 * A stand-in for Pagefind with its matching rule (every query word is a prefix of some
 * word of the record; all query words must match) and its filter counts, over records
 * indexed as the build indexes them.
 */
interface Record_ {
	url: string;
	text: string;
	year: string;
	edition: string;
}

function fakePagefind(records: Record_[]): PagefindLike & { loaded: number } {
	const indexed = records.map((record) => ({ record, words: paragraphWords(normalize(record.text)) }));
	const fake = {
		loaded: 0,
		async search(term: string, options: { filters?: Record<string, string> } = {}): Promise<PagefindResponse> {
			const query = term.split(' ').filter(Boolean);
			const hits = indexed.filter(({ words }) => query.every((q) => matches(words, q)));
			const kept = hits.filter(({ record }) => Object.entries(options.filters ?? {}).every(([key, value]) => record[key as 'year' | 'edition'] === value));
			const filters: Record<string, Record<string, number>> = { year: {}, edition: {} };
			for (const { record } of kept) {
				filters.year![record.year] = (filters.year![record.year] ?? 0) + 1;
				filters.edition![record.edition] = (filters.edition![record.edition] ?? 0) + 1;
			}
			return {
				filters,
				results: kept.map(({ record, words }) => ({
					id: record.url,
					score: words.filter((w) => query.some((q) => w.startsWith(q))).length,
					data: async () => {
						fake.loaded++;
						return { url: record.url, meta: { title: record.url.split('#')[0], text: record.text, year: record.year, edition: record.edition } };
					},
				})),
			};
		},
	};
	return fake;
}

const RECORDS: Record_[] = [
	{ url: '/2024/full/part-1/#p1', text: '全区引进到位资金4778亿元，增长40.2％。', year: '2024', edition: 'full' },
	{ url: '/2024/newspaper/part-1/#p1', text: '推进延链补链强链项目 650 个，16 条重点产业链产值近 1.4 万亿元。', year: '2024', edition: 'newspaper' },
	{ url: '/2024/infographic/part-1/#i1', text: '推进链链补链强链项目650个,16条重点产业链', year: '2024', edition: 'infographic' },
	{ url: '/2021/full/part-2/#p1', text: '到二○三五年基本实现社会主义现代化。', year: '2021', edition: 'full' },
	// Holds every 8-character piece of the long query below, but not the query itself.
	{ url: '/2026/summary/part-1/#p2', text: '以铸牢中华民族共同体意识为主线。各项工作的主线', year: '2026', edition: 'summary' },
	{ url: '/2026/summary/part-1/#p3', text: '以铸牢中华民族共同体意识为各项工作的主线。', year: '2026', edition: 'summary' },
];
const NONE = { year: null, edition: null };

describe('runSearch', () => {
	test('lists exactly the paragraphs that contain the query, across white space and width', async () => {
		const run = await runSearch(fakePagefind(RECORDS), '650个', NONE);
		await run.more(10);
		expect(run.hits.map((h) => h.url).sort()).toEqual(['/2024/infographic/part-1/#i1', '/2024/newspaper/part-1/#p1']);
		expect(run.total).toBe(2);
		expect((await runSearch(fakePagefind(RECORDS), '0.2%', NONE)).total).toBe(1);
		expect((await runSearch(fakePagefind(RECORDS), '二〇三五年', NONE)).total).toBe(1);
	});

	test('counts per year under the edition filter and per edition under the year filter', async () => {
		const run = await runSearch(fakePagefind(RECORDS), '链项目', { year: '2024', edition: 'newspaper' });
		expect(run.total).toBe(1);
		expect(run.counts.year).toEqual({ '2024': 1 });
		expect(run.counts.edition).toEqual({ newspaper: 1, infographic: 1 });
	});

	test('loads paragraphs in batches, only as many as asked', async () => {
		const pagefind = fakePagefind(RECORDS);
		const run = await runSearch(pagefind, '链', NONE);
		expect(run.total).toBe(2);
		await run.more(1);
		expect(run.hits).toHaveLength(1);
		expect(run.hasMore).toBe(true);
		expect(pagefind.loaded).toBe(1);
		await run.more(1);
		expect(run.hasMore).toBe(false);
	});

	test('a query longer than the index window is checked against the text: a paragraph holding only its pieces is dropped', async () => {
		const run = await runSearch(fakePagefind(RECORDS), '以铸牢中华民族共同体意识为各项工作的主线', NONE);
		await run.more(10);
		expect(run.hits.map((h) => h.url)).toEqual(['/2026/summary/part-1/#p3']);
		expect(run.total).toBe(1);
		expect(run.counts.edition).toEqual({ summary: 1 });
	});

	test('several terms must all be in one paragraph', async () => {
		const run = await runSearch(fakePagefind(RECORDS), '项目 1.4万亿', NONE);
		await run.more(10);
		expect(run.hits.map((h) => h.url)).toEqual(['/2024/newspaper/part-1/#p1']);
	});

	test('an empty query or one of white space alone searches nothing', async () => {
		const pagefind = fakePagefind(RECORDS);
		for (const q of ['', '   ', '\u3000']) expect((await runSearch(pagefind, q, NONE)).total).toBe(0);
	});
});

describe('relatedQueries', () => {
	test('offers each term alone when the terms never meet in one paragraph', async () => {
		const related = await relatedQueries(fakePagefind(RECORDS), ['4778亿元', '二〇三五年'], NONE);
		expect(related).toEqual([
			{ q: '4778亿元', total: 1 },
			{ q: '二〇三五年', total: 1 },
		]);
	});
	test('offers a long term shortened by one character at either end, only when that finds something', async () => {
		expect(await relatedQueries(fakePagefind(RECORDS), ['4778亿元整'], NONE)).toEqual([{ q: '4778亿元', total: 1 }]);
		expect(await relatedQueries(fakePagefind(RECORDS), ['甲乙'], NONE)).toEqual([]);
	});
});
