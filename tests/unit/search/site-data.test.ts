import { describe, expect, test } from 'vitest';
import { matchSiteEntries, siteEntries } from '../../../src/core/search/site-data.ts';
import { queryTerms } from '../../../src/core/search/fold.ts';

const entries = siteEntries(
	[
		{ id: 'gdp', name: '地区生产总值', unit: '亿元', years: [2023, 2020, 2023, 2025] },
		{ id: 'budget', name: '一般公共预算收入', unit: null, years: [2024] },
	],
	[
		{
			path: '/2024/full/annex-2/',
			label: '附件 2　有关名词解释',
			year: 2024,
			terms: [{ id: 't3', term: '“清四乱”', text: '“清四乱”：清理整治……' }],
			items: [{ id: 'n1', text: '1. 帮扶就业困难人员实现就业 5 万人。' }],
		},
	],
	'/indicators/',
);

describe('site data for the search', () => {
	test('names each indicator with its unit and years, linked to its place on the indicators page', () => {
		expect(entries[0]).toEqual({ kind: 'indicator', name: '地区生产总值', detail: '单位：亿元 · 2020—2025年（3 个年份）', href: '/indicators/#gdp' });
		expect(entries[1]!.detail).toBe('以文字表述 · 2024年');
	});
	test('links glossary terms and livelihood projects to their blocks', () => {
		expect(entries.filter((e) => e.kind !== 'indicator').map((e) => [e.kind, e.href])).toEqual([
			['term', '/2024/full/annex-2/#t3'],
			['project', '/2024/full/annex-2/#n1'],
		]);
	});
	test('matches names literally under the fold', () => {
		const find = (q: string) => matchSiteEntries(entries, queryTerms(q)).map((e) => e.href);
		expect(find('生产总值')).toEqual(['/indicators/#gdp']);
		expect(find('"清四乱"')).toEqual(['/2024/full/annex-2/#t3']);
		expect(find('5万人')).toEqual(['/2024/full/annex-2/#n1']);
		expect(find('生产 + 预算')).toEqual([]);
		expect(find('')).toEqual([]);
	});
});
