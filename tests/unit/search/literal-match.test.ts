import { describe, expect, test } from 'vitest';
import { containsAll, excerpt, matchRanges } from '../../../src/core/search/literal-match.ts';
import { normalize } from '../../../src/core/search/fold.ts';

describe('literal matching', () => {
	test('finds the query across white space and width', () => {
		expect(containsAll('推进延链补链强链项目 650 个，16 条重点产业链', [normalize('650个')])).toBe(true);
		expect(containsAll('增长 0.2％', [normalize('0.2%')])).toBe(true);
		expect(containsAll('到二○三五年', [normalize('二〇三五年')])).toBe(true);
	});
	test('needs every term in the paragraph', () => {
		expect(containsAll('鄂尔多斯和包头', ['鄂尔多斯', '包头'])).toBe(true);
		expect(containsAll('鄂尔多斯和赤峰', ['鄂尔多斯', '包头'])).toBe(false);
	});
	test('a near miss is no match', () => {
		expect(containsAll('地区生产总值增长7.3%', ['7.3%'])).toBe(true);
		expect(containsAll('地区生产总值增长7.32%', ['7.3%'])).toBe(false);
	});
});

describe('highlight ranges', () => {
	test('point into the original text, spaces included', () => {
		const text = '项目 650 个，再 650个';
		const ranges = matchRanges(text, [normalize('650个')]);
		expect(ranges.map(([s, e]) => text.slice(s, e))).toEqual(['650 个', '650个']);
	});
	test('overlapping terms merge into one range', () => {
		const text = '高质量发展';
		expect(matchRanges(text, ['高质量', '质量发展'])).toEqual([[0, 5]]);
	});
});

describe('excerpts', () => {
	test('show a short paragraph whole, with its matches marked', () => {
		const text = '鄂尔多斯能源研究院';
		const shown = excerpt(text, matchRanges(text, ['能源']));
		expect(shown).toEqual({
			before: false,
			after: false,
			parts: [
				{ text: '鄂尔多斯', mark: false },
				{ text: '能源', mark: true },
				{ text: '研究院', mark: false },
			],
		});
	});
	test('cut a long paragraph around the first match and say so', () => {
		const text = `${'甲'.repeat(300)}鄂尔多斯${'乙'.repeat(300)}`;
		const shown = excerpt(text, matchRanges(text, ['鄂尔多斯']), 40, 160);
		expect(shown.before).toBe(true);
		expect(shown.after).toBe(true);
		expect(shown.parts.map((p) => p.text).join('')).toHaveLength(160);
		expect(shown.parts.find((p) => p.mark)?.text).toBe('鄂尔多斯');
	});
});
