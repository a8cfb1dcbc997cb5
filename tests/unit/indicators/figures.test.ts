import { describe, expect, it } from 'vitest';
import { figureAt, findFigures } from '../../../scripts/lib/indicators/figures.ts';

/** Figures as the reports write them: value, unit and qualifier, nothing converted. */
describe('figure parsing', () => {
	it.each([
		['6%以上', 6, '%', '以上'],
		['5.7%左右', 5.7, '%', '左右'],
		['18 万人以上', 18, '万人', '以上'],
		['840亿斤', 840, '亿斤', null],
		['0.2％', 0.2, '%', null],
		['1.4 万亿元', 1.4, '万亿元', null],
		['6% 以上', 6, '%', '以上'],
		['突破 3000 亿元', 3000, '亿元', '突破'],
		['超过840亿斤', 840, '亿斤', '超过'],
		['近1000亿元', 1000, '亿元', '近'],
		['21.87 万人', 21.87, '万人', null],
		['3％以下', 3, '%', '以下'],
		['2.67万亿元', 2.67, '万亿元', null],
		['1万美元', 1, '万美元', null],
		['3.1亿千瓦', 3.1, '亿千瓦', null],
	])('reads “%s” as %s %s %s', (text, value, unit, qualifier) => {
		const figure = figureAt(text);
		expect(figure).toBeDefined();
		expect({ value: figure!.value, unit: figure!.unit, qualifier: figure!.qualifier }).toEqual({ value, unit, qualifier });
		// The whole written figure is covered, so a quote cut at its end keeps the qualifier.
		expect(text.slice(figure!.start, figure!.end)).toBe(text);
	});

	it('keeps the number as written: 万亿元 is not 亿元, and nothing is scaled', () => {
		expect(figureAt('1.4 万亿元')).toMatchObject({ value: 1.4, unit: '万亿元' });
		expect(figureAt('10万元')).toMatchObject({ value: 10, unit: '万元' });
	});

	it('finds every figure of a sentence with its place, reading numbers whole', () => {
		const text = '地区生产总值增长7.3%、居全国第3、创2010年以来最好位次，人均地区生产总值突破10万元';
		const figures = findFigures(text);
		expect(figures.map((f) => [f.value, f.unit, f.qualifier])).toEqual([
			[7.3, '%', null],
			[3, null, null],
			[2010, null, null],
			[10, '万元', '突破'],
		]);
		expect(text.slice(figures[3]!.start, figures[3]!.end)).toBe('突破10万元');
	});

	it('reads a figure at a position, skipping spaces, and nothing where no number starts', () => {
		const text = '城镇新增就业 18 万人以上，';
		expect(figureAt(text, 6)).toMatchObject({ value: 18, unit: '万人', qualifier: '以上', start: 7 });
		expect(figureAt(text, 0)).toBeUndefined();
		expect(figureAt('稳步增长')).toBeUndefined();
	});
});
