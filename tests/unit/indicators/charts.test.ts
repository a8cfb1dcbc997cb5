import { describe, expect, it } from 'vitest';
import { describePoint, isParagraphLink, keyAction, readingOrder } from '../../../src/core/indicators/chart-keys.ts';
import { comparisonChart, markedLink, periodChart, seriesChart, yearComparison, yearRange } from '../../../src/core/indicators/chart-spec.ts';
import { publicationLabel, timeLabel, valueLabel } from '../../../src/core/indicators/format.ts';
import { tableRows } from '../../../src/site/indicators/table.ts';
import type { IndicatorPoint, IndicatorSeries } from '../../../src/core/schemas/indicator.ts';
import { drawnKeys, drawnRowKeys } from '../../support/chart-table.ts';
import { realIndicators, seriesOf } from './helpers.ts';
import { listedYears } from '../../support/content-on-disk.ts';

const point = (fields: Partial<IndicatorPoint> & Pick<IndicatorPoint, 'year' | 'kind'>): IndicatorPoint => ({
	span: 'year',
	value: null,
	qualifier: null,
	quote: 'quote',
	source: '/2024/full/part-2/#p4',
	publication: '2024-full',
	repeats: [],
	...fields,
});

const growth: IndicatorSeries = {
	id: 'demo-growth',
	name: '示例增长',
	unit: '%',
	order: 0,
	points: [
		point({ year: 2020, kind: 'outcome', value: 0.2, quote: '增长0.2％', source: '/2021/full/part-1/#s2' }),
		point({ year: 2021, kind: 'target', value: 6, qualifier: '左右', quote: '增长6％左右', source: '/2021/full/part-3/#p2' }),
		point({ year: 2025, kind: 'outcome', span: 'period-average', period: '十四五', value: 12.8, quote: '年均增长12.8%', source: '/2026/summary/part-1/#h1-l4' }),
		point({ year: 2024, kind: 'target', value: null, qualifier: '基本同步', quote: '与经济增长基本同步' }),
	],
};

/** What the charts draw and the tables list, decided at build time. */
describe('chart data', () => {
	it('labels figures as the reports write them', () => {
		expect(valueLabel({ value: 6, qualifier: '以上', span: 'year' }, '%')).toBe('6%以上');
		expect(valueLabel({ value: 3000, qualifier: '突破', span: 'year' }, '亿元')).toBe('突破3000亿元');
		expect(valueLabel({ value: 12.8, qualifier: null, span: 'period-average' }, '%')).toBe('年均12.8%');
		expect(valueLabel({ value: 106, qualifier: null, span: 'period-total' }, '万人')).toBe('累计106万人');
		expect(valueLabel({ value: null, qualifier: '同步', span: 'year' }, '%')).toBe('同步');
		expect(timeLabel({ year: 2025, period: '十四五' })).toBe('“十四五”时期');
		expect(publicationLabel('2024-newspaper')).toBe('2024年报告报纸版');
	});

	it('spans every year, leaving a gap (null) where the reports state nothing, never a made-up value', () => {
		const spec = seriesChart(growth, [2020, 2021, 2022, 2023, 2024, 2025, 2026])!;
		expect(spec.categories).toEqual(['2020年', '2021年', '2022年', '2023年', '2024年', '2025年', '2026年']);
		const values = Object.fromEntries(spec.datasets.map((d) => [d.key, d.points.map((p) => p?.value ?? null)]));
		expect(values).toEqual({
			outcome: [0.2, null, null, null, null, null, null],
			target: [null, 6, null, null, null, null, null],
		});
		// The 2024 target is stated in words: in the table, not on the chart.
		expect(spec.datasets.flatMap((d) => d.points).filter(Boolean)).toHaveLength(2);
	});

	it('draws a plan period’s figures on a chart of their own, not in a slot between two years', () => {
		const spec = periodChart(growth)!;
		expect(spec.kind).toBe('period');
		expect(spec.categories).toEqual(['“十四五”时期']);
		expect(spec.datasets.map((d) => [d.key, d.points.map((p) => p?.label)])).toEqual([['period', ['年均12.8%']]]);
		expect(periodChart({ ...growth, points: growth.points.filter((p) => !p.period) })).toBeUndefined();
		expect(seriesChart({ ...growth, points: growth.points.filter((p) => p.period) }, [2025])).toBeUndefined();
	});

	it('names the chart by every figure it draws, and links each point to its paragraph', () => {
		const spec = seriesChart(growth, [2020, 2021, 2022, 2023, 2024, 2025, 2026])!;
		expect(spec.ariaLabel).toBe('示例增长（单位：%）图表：2020年实际0.2%；2021年目标6%左右。');
		expect(periodChart(growth)!.ariaLabel).toBe('示例增长五年规划期（单位：%，与逐年图表分开标尺）图表：“十四五”时期五年规划期实际年均12.8%。');
		expect(spec.datasets.find((d) => d.key === 'target')!.points[1]).toMatchObject({ label: '6%左右', source: '/2021/full/part-3/#p2', quote: '增长6％左右' });
		// A click lands on the sentence: the quote, without white space, marked by the arrival highlight.
		expect(markedLink('/2024/full/part-2/#p4', '地区生产总值增长 6%以上')).toBe(`/2024/full/part-2/?highlight=${encodeURIComponent('地区生产总值增长6%以上')}#p4`);
		expect(spec.datasets.find((d) => d.key === 'target')!.points[1]!.href).toBe(markedLink('/2021/full/part-3/#p2', '增长6％左右'));
	});

	it('draws no chart for an indicator stated only in words', () => {
		expect(seriesChart({ ...growth, points: [growth.points[3]!] }, [2024])).toBeUndefined();
	});

	it('lists in the table every point, with the chart’s own time, set and figure labels', () => {
		const spec = seriesChart(growth, yearRange([growth]))!;
		const rows = tableRows(growth);
		const drawn = [...drawnKeys(spec), ...drawnKeys(periodChart(growth))];
		expect(rows.map((r) => [r.time, r.set, r.value, r.drawn])).toEqual([
			['2020年', '实际', '0.2%', true],
			['2021年', '目标', '6%左右', true],
			['“十四五”时期', '五年规划期实际', '年均12.8%', true],
			['2024年', '目标', '基本同步', false],
		]);
		expect(new Set(drawn)).toEqual(new Set(drawnRowKeys(rows)));
	});

	it('matches chart and table for every real indicator', async () => {
		const { series } = await realIndicators();
		const years = yearRange(series);
		expect(years).toEqual([2020, 2021, 2022, 2023, 2024, 2025, 2026]);
		for (const s of series) {
			const rows = tableRows(s);
			expect([...drawnKeys(seriesChart(s, years)), ...drawnKeys(periodChart(s))].sort(), s.id).toEqual(drawnRowKeys(rows).sort());
		}
	});

	it('draws 亿元 and 亿美元, and the installed 新能源 total and the capacity a year adds, on no common axis', async () => {
		const result = await realIndicators();
		const years = yearRange(result.series);
		const charts = result.series.flatMap((s) => [seriesChart(s, years), periodChart(s)].filter((c) => c !== undefined).map((c) => ({ series: s, chart: c })));
		const drawnQuotes = (id: string) => charts.filter((c) => c.series.id === id).flatMap((c) => c.chart.datasets.flatMap((d) => d.points.flatMap((p) => (p ? [p.quote] : []))));
		expect(drawnQuotes('foreign-investment-used')).toEqual(['实际使用外资 55.8 亿元']);
		for (const { series, chart } of charts) {
			expect(chart.unit, series.id).toBe(series.unit);
			for (const d of chart.datasets) for (const p of d.points) if (p) expect(p.quote, series.id).not.toMatch(/美元/u.test(series.unit ?? '') ? /亿元/u : /亿美元/u);
		}
		expect(drawnQuotes('new-energy-capacity')).toEqual(['新能源装机1.7亿千瓦']);
		expect(drawnQuotes('new-energy-capacity-added').every((q) => /新增/u.test(q))).toBe(true);
		// The five publications' points, exactly: a shelf may hold more reports (the new-publication test adds one).
		const FIVE = ['/2021/full/', '/2024/full/', '/2024/newspaper/', '/2024/infographic/', '/2026/summary/'];
		const drawnFromFive = charts
			.filter((c) => c.series.id === 'new-energy-capacity-added')
			.flatMap((c) => c.chart.datasets.flatMap((d) => d.points.flatMap((p) => (p && FIVE.some((path) => p.source.startsWith(path)) ? [p.quote] : []))));
		expect(drawnFromFive).toEqual(['新增新能源装机1000万千瓦', '新能源全产业链要力争完成投资 3000 亿元，新增装机规模 4000 万千瓦以上']);
	});

	it('lists only the 主要预期目标 on a year’s comparison, not the work plan’s targets', async () => {
		const rows = yearComparison((await realIndicators()).series, 2024);
		expect(rows.find((r) => r.series.id === 'foreign-trade-growth')?.target).toBeUndefined();
		expect(rows.find((r) => r.series.id === 'new-energy-capacity-added')).toBeUndefined();
	});

	it('sets a report’s targets beside the year before’s outcomes', async () => {
		const { series } = await realIndicators();
		const rows = yearComparison(series, 2024);
		const gdp = rows.find((r) => r.series.id === 'gdp-growth')!;
		expect([gdp.outcome?.value, gdp.target?.value]).toEqual([7.3, 6]);
		// The registered rate of 2020 is another measure than the surveyed rate targeted for 2021.
		const rows2021 = yearComparison(series, 2021);
		const unemployment2021 = rows2021.find((r) => r.series.id === 'surveyed-unemployment-rate')!;
		expect(unemployment2021.target?.value).toBe(6);
		expect(unemployment2021.outcome).toBeUndefined();
		const spec = comparisonChart(rows, 2024)!;
		expect(spec.categories).not.toContain(seriesOf(await realIndicators(), 'grain-output').name);
		expect(spec.datasets.map((d) => d.label)).toEqual(['2023年实际', '2024年目标']);
		expect(spec.ariaLabel).toContain('地区生产总值增长：2023年实际7.3%，2024年目标6%以上');
		// A year no report was delivered in (the first after the earliest report's) has no chart.
		const years = listedYears();
		let none = Math.min(...years) + 1;
		while (years.includes(none)) none++;
		expect(comparisonChart(yearComparison(series, none), none)).toBeUndefined();
	});
});

describe('chart keyboard', () => {
	const spec = seriesChart(growth, [2020, 2021, 2022, 2023, 2024, 2025, 2026])!;

	it('steps through the points in reading order', () => {
		const order = readingOrder(spec);
		expect(order.map((r) => spec.categories[r.index])).toEqual(['2020年', '2021年']);
		expect(keyAction('ArrowRight', 3, -1)).toEqual({ type: 'select', position: 0 });
		expect(keyAction('ArrowRight', 3, 2)).toEqual({ type: 'select', position: 2 });
		expect(keyAction('ArrowLeft', 3, -1)).toEqual({ type: 'select', position: 2 });
		expect(keyAction('End', 3, 0)).toEqual({ type: 'select', position: 2 });
		expect(keyAction('Enter', 3, 1)).toEqual({ type: 'open', position: 1 });
		expect(keyAction('Enter', 3, -1)).toEqual({ type: 'none' });
		expect(keyAction('Escape', 3, 1)).toEqual({ type: 'clear' });
		expect(keyAction('Tab', 3, 1)).toEqual({ type: 'none' });
		expect(keyAction('ArrowRight', 0, -1)).toEqual({ type: 'none' });
	});

	it('says the selected point with its figure and the report’s words', () => {
		const [, second] = readingOrder(spec);
		expect(describePoint(spec, second!)).toBe('2021年目标：6%左右（原文：增长6％左右）');
		expect(describePoint(spec, { datasetIndex: 0, index: 3 })).toBe('');
	});

	it('follows only a paragraph link on this site', () => {
		expect(isParagraphLink('/2024/full/part-2/#p4')).toBe(true);
		expect(isParagraphLink('/2026/summary/part-2/#h3-l10')).toBe(true);
		expect(isParagraphLink('javascript:alert(1)')).toBe(false);
		expect(isParagraphLink('//evil.example/#p1')).toBe(false);
		expect(isParagraphLink('/2024/full/part-2/')).toBe(false);
		expect(isParagraphLink('/2024/full/part-2/?highlight=%E5%A2%9E%E9%95%BF6%25%E4%BB%A5%E4%B8%8A#p4')).toBe(true);
		expect(isParagraphLink('/2024/full/part-2/?highlight=a&next=//evil.example#p4')).toBe(false);
	});
});
