import { describe, expect, test } from 'vitest';
import { relatedQueries, runSearch, type PagefindLike, type PagefindResponse, type PagefindSearchOptions } from '../../../src/client/search/engine.ts';
import { normalize } from '../../../src/core/search/fold.ts';
import { paragraphWords } from '../../../src/core/search/index-words.ts';
import { escapeMeta } from '../../../src/core/search/meta-escape.ts';
import { textPatch } from '../../../src/core/search/stored-text.ts';
import { matchPlaces } from '../../support/pagefind-rule.ts';

/**
 * A stand-in for Pagefind with its matching rules (tests/support/pagefind-rule.ts), its
 * sort option and its filter counts (counted on the matches under the filters given),
 * over records indexed as the build indexes them, in the order of RECORDS (report order).
 */
interface Record_ {
	url: string;
	text: string;
	year: string;
	edition: string;
}

function fakePagefind(records: Record_[]): PagefindLike & { loaded: number; searches: number } {
	const indexed = records.map((record, order) => ({ record, order, words: paragraphWords(normalize(record.text)) }));
	const fake = {
		loaded: 0,
		searches: 0,
		async search(term: string, options: PagefindSearchOptions = {}): Promise<PagefindResponse> {
			fake.searches++;
			const hits = indexed.map((entry) => ({ ...entry, places: matchPlaces(entry.words, term) })).filter(({ places }) => places.length > 0);
			const kept = hits.filter(({ record }) => Object.entries(options.filters ?? {}).every(([key, value]) => record[key as 'year' | 'edition'] === value));
			const filters: Record<string, Record<string, number>> = { year: {}, edition: {} };
			for (const { record } of kept) {
				filters.year![record.year] = (filters.year![record.year] ?? 0) + 1;
				filters.edition![record.edition] = (filters.edition![record.edition] ?? 0) + 1;
			}
			// Relevance: more matched places first; report order: as indexed.
			const ordered = options.sort ? kept : [...kept].sort((a, b) => b.places.length - a.places.length || b.order - a.order);
			return {
				filters,
				results: ordered.map(({ record, places, words }) => ({
					id: record.url,
					score: places.length,
					// A phrase reports its first place only, as Pagefind does.
					words: /^"/.test(term) ? [places[0]!] : places,
					data: async () => {
						fake.loaded++;
						// As Pagefind returns a zh-cn record: its words with a zero-width space after each.
						return {
							url: record.url,
							content: words.map((w) => `${w}\u200b`).join(' '),
							meta: { title: escapeMeta(record.url.split('#')[0]!), patch: textPatch(record.text), year: record.year, edition: record.edition },
						};
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
	{ url: '/2026/full/part-2/#p9', text: '四季度（Q4）空气质量指数AQI持续改善，𠀀字出现，链链相连链链。', year: '2026', edition: 'full' },
	{ url: '/2024/full/part-2/#p4', text: '地区生产总值增长 6%以上，“国之大者”。', year: '2024', edition: 'full' },
	{ url: '/2024/infographic/part-2/#i4', text: '增长6%, 讲好"国之大者"', year: '2024', edition: 'infographic' },
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
		expect(run.total).toBe(3);
		await run.more(1);
		expect(run.hits).toHaveLength(1);
		expect(run.hasMore).toBe(true);
		expect(pagefind.loaded).toBe(1);
		await run.more(3);
		expect(run.hasMore).toBe(false);
	});

	test('a long query is matched as a phrase: a paragraph holding only its pieces is not listed', async () => {
		const run = await runSearch(fakePagefind(RECORDS), '以铸牢中华民族共同体意识为各项工作的主线', NONE);
		await run.more(10);
		expect(run.hits.map((h) => h.url)).toEqual(['/2026/summary/part-1/#p3']);
		expect(run.total).toBe(1);
		expect(run.counts.edition).toEqual({ summary: 1 });
	});

	test('several strings joined by “ + ” must all be in one paragraph', async () => {
		const run = await runSearch(fakePagefind(RECORDS), '项目 + 1.4万亿', NONE);
		await run.more(10);
		expect(run.hits.map((h) => h.url)).toEqual(['/2024/newspaper/part-1/#p1']);
	});

	test('white space in a query is ignored: it is one string, not several', async () => {
		const run = await runSearch(fakePagefind(RECORDS), '增长 6%', NONE);
		await run.more(10);
		expect(run.hits.map((h) => h.url).sort()).toEqual(['/2024/full/part-2/#p4', '/2024/infographic/part-2/#i4']);
		expect((await runSearch(fakePagefind(RECORDS), '项目 1.4万亿', NONE)).total).toBe(0);
	});

	test('curly and straight quotation marks match each other', async () => {
		for (const q of ['“国之大者”', '"国之大者"']) expect((await runSearch(fakePagefind(RECORDS), q, NONE)).total, q).toBe(2);
	});

	test('finds q, Q and characters beyond the basic plane, and never through the escaped metadata', async () => {
		for (const q of ['Q4', 'q4', 'AQI', 'aqi', '𠀀', '𠀀字', 'q']) {
			const run = await runSearch(fakePagefind(RECORDS), q, NONE);
			await run.more(10);
			expect(
				run.hits.map((h) => h.url),
				q,
			).toEqual(['/2026/full/part-2/#p9']);
			expect(run.hits[0]!.text).toBe(RECORDS.find((r) => r.url === '/2026/full/part-2/#p9')!.text);
		}
	});

	test('lists in report order by default, by relevance when asked', async () => {
		const report = await runSearch(fakePagefind(RECORDS), '链', NONE);
		await report.more(10);
		expect(report.hits.map((h) => h.url)).toEqual(RECORDS.filter((r) => r.text.includes('链')).map((r) => r.url));
		const relevance = await runSearch(fakePagefind(RECORDS), '链', NONE, 'relevance');
		await relevance.more(10);
		// The infographic's paragraph holds 链 five times, more than any other.
		expect(relevance.hits[0]!.url).toBe('/2024/infographic/part-1/#i1');
	});

	test('counts the occurrences, also of paragraphs not loaded yet, from the index', async () => {
		const truth = (term: string) => RECORDS.reduce((sum, r) => sum + (normalize(r.text).split(term).length - 1), 0);
		for (const q of ['链', '链链', '补链强', '链项目']) {
			const run = await runSearch(fakePagefind(RECORDS), q, NONE);
			await run.more(1);
			expect(await run.occurrences(), q).toBe(truth(q));
			await run.more(10);
			expect(await run.occurrences(), q).toBe(truth(q));
		}
	});

	test('one search per query when no filter is set', async () => {
		const pagefind = fakePagefind(RECORDS);
		await runSearch(pagefind, '链项目', NONE);
		expect(pagefind.searches).toBe(1);
	});

	test('an empty query or one of white space alone searches nothing', async () => {
		const pagefind = fakePagefind(RECORDS);
		for (const q of ['', '   ', '\u3000']) expect((await runSearch(pagefind, q, NONE)).total).toBe(0);
	});
});

describe('relatedQueries', () => {
	test('offers each term alone when the terms never meet in one paragraph', async () => {
		const related = await relatedQueries(fakePagefind(RECORDS), ['4778亿元', '二〇三五年'], NONE);
		expect((await runSearch(fakePagefind(RECORDS), '4778亿元 + 二〇三五年', NONE)).total).toBe(0);
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
