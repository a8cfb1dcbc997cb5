import { describe, expect, test } from 'vitest';
import { mergeEditions, groupByPage, type Hit } from '../../../src/client/search/group.ts';
import { hitHref, parseSearchState, searchQueryString } from '../../../src/client/search/url-state.ts';

describe('search state in the URL', () => {
	test('round-trips a query with filters', () => {
		const state = { q: '新质生产力 7.3%', year: '2024', edition: 'full', order: 'relevance' as const };
		expect(parseSearchState(searchQueryString(state))).toEqual(state);
		expect(searchQueryString(state)).toBe('?q=%E6%96%B0%E8%B4%A8%E7%94%9F%E4%BA%A7%E5%8A%9B+7.3%25&year=2024&edition=full&order=relevance');
	});
	test('drops malformed or unknown filters and keeps hostile text as text', () => {
		expect(parseSearchState('?q=%3Cscript%3E&year=20x4&edition=poster')).toEqual({ q: '<script>', year: null, edition: null, order: 'report' });
		expect(searchQueryString({ q: '', year: null, edition: null, order: 'report' })).toBe('');
	});
	test('links a paragraph with the query to highlight, keeping the deep link', () => {
		expect(hitHref('/2024/full/part-2/#s3-p2', ' 鄂尔多斯 ')).toBe('/2024/full/part-2/?highlight=%E9%84%82%E5%B0%94%E5%A4%9A%E6%96%AF#s3-p2');
		expect(hitHref('/2024/full/#p1', '')).toBe('/2024/full/#p1');
	});
});

describe('grouping', () => {
	const hit = (url: string, score: number): Hit => {
		const [page, id] = url.split('#') as [string, string];
		return { url, page, id, title: page, place: '', text: '', year: '2024', edition: 'full', score, occurrences: 1 };
	};
	test('groups by page in the order of each page’s best paragraph, keeping rank inside a group', () => {
		const groups = groupByPage(mergeEditions([hit('/a/#p3', 9), hit('/b/#p1', 8), hit('/a/#p1', 7), hit('/c/#p2', 6), hit('/b/#p9', 5)]));
		expect(groups.map((g) => [g.page, g.hits.map((h) => h.id)])).toEqual([
			['/a/', ['p3', 'p1']],
			['/b/', ['p1', 'p9']],
			['/c/', ['p2']],
		]);
	});
	test('shows a paragraph once per report: the same text in another edition goes under the first', () => {
		const at = (url: string, edition: string, text: string, year = '2024'): Hit => ({ ...hit(url, 1), edition, text, year });
		const merged = mergeEditions([
			at('/2024/full/part-2/#s3-p2', 'full', '推进稀土产业。'),
			at('/2024/full/part-2/#s5-p1', 'full', '发展稀土新材料。'),
			at('/2024/newspaper/part-2/#s3-p2', 'newspaper', '推进 稀土产业。'),
			at('/2024/newspaper/part-2/#s5-p1', 'newspaper', '发展稀土新材料，'),
			at('/2021/full/part-1/#p4', 'full', '推进稀土产业。', '2021'),
		]);
		expect(merged.map((h) => [h.url, h.alsoIn.map((o) => o.url)])).toEqual([
			['/2024/full/part-2/#s3-p2', ['/2024/newspaper/part-2/#s3-p2']],
			['/2024/full/part-2/#s5-p1', []],
			['/2024/newspaper/part-2/#s5-p1', []],
			['/2021/full/part-1/#p4', []],
		]);
	});
});
