import type { IndicatorPoint, IndicatorSeries } from '../schemas/indicator.ts';
import { DATASET_LABEL, datasetOf, isMainTarget, timeLabel, unitLabel, valueLabel, type DatasetKey } from './format.ts';

/**
 * What a chart draws, decided at build time and handed to the browser as data: the
 * categories along the axis, and for each drawn set the value, label and source link
 * of each category's point, or null where the reports state none. A null is a gap:
 * nothing is interpolated across it (the drawing code sets spanGaps off).
 *
 * Only figures are drawn; statements in words (与经济增长同步) are in the table alone.
 */

export interface ChartPoint {
	value: number;
	/** The figure as written: 6%以上. */
	label: string;
	/** The paragraph it comes from: /2024/full/part-2/#p4. */
	source: string;
	/** The report's words it is read from. */
	quote: string;
	/** Where a click lands: the paragraph, with its words marked by the search's arrival highlight. */
	href: string;
}

/**
 * The paragraph link with the figure's words to mark: /2024/full/part-2/?highlight=…#p4.
 * The arrival highlight ignores white space, so the quote without it is one term and
 * marks exactly the words the figure is read from.
 */
export function markedLink(source: string, quote: string): string {
	const [path, id] = source.split('#');
	return `${path}?highlight=${encodeURIComponent(quote.replace(/\s/gu, ''))}#${id}`;
}

export interface ChartDataset {
	key: DatasetKey;
	label: string;
	points: (ChartPoint | null)[];
}

export interface ChartSpec {
	/** series: one indicator across the years; period: its five-year plan periods' figures, on their own scale; comparison: a report's targets beside the year before's outcomes. */
	kind: 'series' | 'period' | 'comparison';
	title: string;
	unit: string;
	categories: string[];
	datasets: ChartDataset[];
	/** The chart's accessible name: every drawn figure in words. */
	ariaLabel: string;
	beginAtZero: boolean;
}

const DATASET_ORDER: readonly DatasetKey[] = ['outcome', 'target', 'period'];

function chartPoint(point: IndicatorPoint, unit: string | null): ChartPoint {
	return { value: point.value!, label: valueLabel(point, unit), source: point.source, quote: point.quote, href: markedLink(point.source, point.quote) };
}

/** Every year from the first to the last any series states, so that a missing year shows as a gap. */
export function yearRange(series: readonly IndicatorSeries[]): number[] {
	const years = series.flatMap((s) => s.points.map((p) => p.year));
	if (years.length === 0) return [];
	const from = Math.min(...years);
	const to = Math.max(...years);
	return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/**
 * One indicator's chart: every year of `years` as a category, its yearly targets and
 * outcomes. A plan period's figures (年均, 累计, the level at its end) are another
 * measure than a year's: they have a chart of their own (periodChart), not a slot
 * between two years.
 */
export function seriesChart(series: IndicatorSeries, years: readonly number[]): ChartSpec | undefined {
	const drawn = series.points.filter((p) => p.value !== null && p.span === 'year');
	if (drawn.length === 0) return undefined;
	const categories = years.map((year) => `${year}年`);
	const datasets: ChartDataset[] = [];
	for (const key of DATASET_ORDER) {
		const own = drawn.filter((p) => datasetOf(p) === key);
		if (own.length === 0) continue;
		const points: (ChartPoint | null)[] = categories.map(() => null);
		for (const p of own) {
			const index = years.indexOf(p.year);
			if (index === -1) throw new Error(`${series.id}: ${p.year} is outside the chart's years`);
			if (points[index]) throw new Error(`${series.id}: two ${key} figures for ${categories[index]}`);
			points[index] = chartPoint(p, series.unit);
		}
		datasets.push({ key, label: DATASET_LABEL[key], points });
	}
	const unit = unitLabel(series.unit);
	return {
		kind: 'series',
		title: series.name,
		unit,
		categories,
		datasets,
		ariaLabel: `${series.name}（单位：${unit}）图表：${describe(categories, datasets, '')}。`,
		beginAtZero: series.unit === '%',
	};
}

/** An indicator's plan-period figures, one category per period, on a scale of their own; none where it has none. */
export function periodChart(series: IndicatorSeries): ChartSpec | undefined {
	const drawn = series.points.filter((p) => p.value !== null && p.period !== undefined).sort((a, b) => a.year - b.year);
	if (drawn.length === 0) return undefined;
	const categories = [...new Set(drawn.map((p) => timeLabel(p)))];
	const points: (ChartPoint | null)[] = categories.map(() => null);
	for (const p of drawn) {
		const index = categories.indexOf(timeLabel(p));
		if (points[index]) throw new Error(`${series.id}: two period figures for ${categories[index]}`);
		points[index] = chartPoint(p, series.unit);
	}
	const datasets: ChartDataset[] = [{ key: 'period', label: DATASET_LABEL.period, points }];
	const unit = unitLabel(series.unit);
	return {
		kind: 'period',
		title: `${series.name}：五年规划期`,
		unit,
		categories,
		datasets,
		ariaLabel: `${series.name}五年规划期（单位：${unit}，与逐年图表分开标尺）图表：${describe(categories, datasets, '')}。`,
		beginAtZero: true,
	};
}

export interface YearComparisonRow {
	series: IndicatorSeries;
	/** The outcome of the year before, as this report states it. */
	outcome?: IndicatorPoint;
	/** This report's target. */
	target?: IndicatorPoint;
}

/** A report's targets for its year beside the outcomes of the year before, indicator by indicator. */
export function yearComparison(series: readonly IndicatorSeries[], year: number): YearComparisonRow[] {
	const rows: YearComparisonRow[] = [];
	for (const s of [...series].sort((a, b) => a.order - b.order)) {
		const target = s.points.find((p) => isMainTarget(p) && p.year === year && p.span === 'year');
		const outcome = s.points.find((p) => p.kind === 'outcome' && p.year === year - 1 && p.span === 'year');
		if (target || outcome) rows.push({ series: s, ...(outcome ? { outcome } : {}), ...(target ? { target } : {}) });
	}
	return rows;
}

/** The comparison chart: the indicators in % that have a figure, one row each, the outcome and the target side by side. */
export function comparisonChart(rows: readonly YearComparisonRow[], year: number): ChartSpec | undefined {
	const drawn = rows.filter((r) => r.series.unit === '%' && (r.outcome?.value != null || r.target?.value != null));
	if (drawn.length === 0) return undefined;
	const categories = drawn.map((r) => r.series.name);
	const sets = [
		{ key: 'outcome' as const, label: `${year - 1}年实际`, pick: (r: YearComparisonRow) => r.outcome },
		{ key: 'target' as const, label: `${year}年目标`, pick: (r: YearComparisonRow) => r.target },
	];
	const datasets: ChartDataset[] = sets
		.map(({ key, label, pick }) => ({
			key,
			label,
			points: drawn.map((r) => {
				const p = pick(r);
				return p && p.value !== null ? chartPoint(p, r.series.unit) : null;
			}),
		}))
		.filter((d) => d.points.some((p) => p !== null));
	return {
		kind: 'comparison',
		title: `${year}年主要预期目标与${year - 1}年实际`,
		unit: '%',
		categories,
		datasets,
		ariaLabel: `${year}年主要预期目标与${year - 1}年实际（单位：%）图表：${describe(categories, datasets, '：')}。`,
		beginAtZero: true,
	};
}

/** Every drawn figure in words, category by category: 2020年实际0.2%；2021年目标6%左右. */
function describe(categories: readonly string[], datasets: readonly ChartDataset[], separator: string): string {
	const parts: string[] = [];
	categories.forEach((category, i) => {
		const here = datasets.filter((d) => d.points[i]).map((d) => `${d.label}${d.points[i]!.label}`);
		if (here.length > 0) parts.push(`${category}${separator}${here.join('，')}`);
	});
	return parts.join('；');
}
