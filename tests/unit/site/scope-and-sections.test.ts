import { describe, expect, it } from 'vitest';
import { describeScope, outlineSections } from '../../../src/core/shelf.ts';
import { INDICATORS_CSV_PATH, INDICATORS_JSON_PATH, INDICATORS_PATH, SEARCH_PATH, sourcePath } from '../../../src/core/urls.ts';

describe('describeScope', () => {
	it('names the years a report looks back on and plans', () => {
		expect(describeScope({ reviews: { years: [2023] }, plans: { years: [2024] } })).toBe('回顾2023年，部署2024年');
	});

	it('names a five-year plan period where the report speaks of one', () => {
		expect(describeScope({ reviews: { years: [2020], fiveYearPlan: '十三五' }, plans: { years: [2021], fiveYearPlan: '十四五' } })).toBe(
			'回顾2020年及“十三五”时期，部署2021年及“十四五”时期',
		);
		expect(describeScope({ reviews: { years: [2024, 2025] }, plans: { years: [2026] } })).toBe('回顾2024—2025年，部署2026年');
	});
});

describe('outlineSections', () => {
	it('keeps the depth-2 entries, in order', () => {
		const outline = [
			{ id: 'top', depth: 1, kind: 'page' as const, text: '二、2024 年工作安排' },
			{ id: 's1', depth: 2, kind: 'section' as const, text: '（一）' },
			{ id: 's1-i1', depth: 3, kind: 'item' as const, text: '一是' },
			{ id: 's2', depth: 2, kind: 'section' as const, text: '（二）' },
		];
		expect(outlineSections({ outline }).map((e) => e.id)).toEqual(['s1', 's2']);
		expect(outlineSections({ outline: [] })).toEqual([]);
	});
});

describe('the site’s fixed URLs', () => {
	it('are the published ones', () => {
		expect([INDICATORS_PATH, SEARCH_PATH, INDICATORS_JSON_PATH, INDICATORS_CSV_PATH]).toEqual(['/indicators/', '/search/', '/data/indicators.json', '/data/indicators.csv']);
		expect(sourcePath('2024-report-full.txt')).toBe('/sources/2024-report-full.txt');
	});
});
