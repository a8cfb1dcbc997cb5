import { describe, expect, it } from 'vitest';
import { planPeriods } from '../../../src/core/indicators/format.ts';
import { chineseCount, chineseNumeral } from '../../../src/core/numerals.ts';
import { listInWords, reportYears } from '../../../src/core/shelf.ts';

/** The words the site's text counts and lists the shelf with, derived from it rather than written in. */
describe('chineseCount', () => {
	it('writes a count before a measure word: 两 for two, tens as 十', () => {
		expect([1, 2, 3, 5, 9, 10, 11, 12, 20, 21, 99].map(chineseCount)).toEqual(['一', '两', '三', '五', '九', '十', '十一', '十二', '二十', '二十一', '九十九']);
	});

	it('keeps counts it has no word for in digits', () => {
		expect([0, 100, 250, 1.5, -3].map(chineseCount)).toEqual(['0', '100', '250', '1.5', '-3']);
	});

	it('writes what chineseNumeral reads back, two aside', () => {
		for (let n = 3; n < 100; n++) expect(chineseNumeral(chineseCount(n)), String(n)).toBe(n);
	});
});

describe('listInWords', () => {
	it('joins names with 、 and the last with 与', () => {
		expect(listInWords(['全文', '报纸版', '图解', '摘编'])).toBe('全文、报纸版、图解与摘编');
		expect(listInWords(['全文', '摘编'])).toBe('全文与摘编');
		expect(listInWords(['全文'])).toBe('全文');
		expect(listInWords([])).toBe('');
	});
});

describe('reportYears', () => {
	it('lists each year once, newest first', () => {
		expect(reportYears([{ year: 2021 }, { year: 2026 }, { year: 2024 }, { year: 2024 }])).toEqual([2026, 2024, 2021]);
	});
});

describe('planPeriods', () => {
	it('names each plan period the series give figures on once, in time order', () => {
		const series = [
			{ points: [{ year: 2025, period: '十四五' }, { year: 2024 }] },
			{
				points: [
					{ year: 2020, period: '十三五' },
					{ year: 2025, period: '十四五' },
				],
			},
		];
		expect(planPeriods(series)).toEqual(['十三五', '十四五']);
		expect(planPeriods([{ points: [{ year: 2024 }] }])).toEqual([]);
	});
});
