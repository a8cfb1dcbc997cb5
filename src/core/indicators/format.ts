import type { IndicatorPoint, IndicatorRepeat, IndicatorSpan } from '../schemas/indicator.ts';
import { EDITION_LABEL } from '../shelf.ts';
import type { Edition } from '../schemas/publication.ts';

/**
 * How an indicator point reads on the site, in the chart, its table and the
 * downloads alike: one function each, so that a chart and its table cannot disagree.
 */

/** Qualifiers written before the number (突破3000亿元); the others follow it (6%以上). */
const BEFORE = new Set(['突破', '超过', '近']);

const SPAN_WORD: Record<IndicatorSpan, string> = {
	year: '',
	'period-end': '',
	'period-average': '年均',
	'period-total': '累计',
	'period-peak': '最高年份',
};

/** The figure as a reader writes it: 6%以上, 突破3000亿元, 年均12.8%; a statement in words by its key phrase. */
export function valueLabel(point: Pick<IndicatorPoint, 'value' | 'qualifier' | 'span'>, unit: string | null): string {
	if (point.value === null) return point.qualifier ?? '';
	const before = point.qualifier && BEFORE.has(point.qualifier) ? point.qualifier : '';
	const after = point.qualifier && !before ? point.qualifier : '';
	return `${SPAN_WORD[point.span]}${before}${String(point.value)}${unit ?? ''}${after}`;
}

/** When a point is about: 2024年, or a plan period (“十四五”时期). */
export function timeLabel(point: Pick<IndicatorPoint, 'year' | 'period'>): string {
	return point.period ? `“${point.period}”时期` : `${point.year}年`;
}

export type DatasetKey = 'target' | 'outcome' | 'period';

export const DATASET_LABEL: Record<DatasetKey, string> = {
	target: '目标',
	outcome: '实际',
	period: '五年规划期实际',
};

/** Said beside a target the year's work plan states (力争…), which is not among the 主要预期目标. */
export const WORK_PLAN_NOTE = '见于当年工作安排，不在主要预期目标之列';

/** A target among the report's 主要预期目标, which the year pages and the home page list; not one its work plan states. */
export function isMainTarget(point: Pick<IndicatorPoint, 'kind' | 'inWorkPlan'>): boolean {
	return point.kind === 'target' && point.inWorkPlan === undefined;
}

/** Which drawn set a point belongs to: targets, yearly outcomes, or plan-period outcomes. */
export function datasetOf(point: Pick<IndicatorPoint, 'kind' | 'span'>): DatasetKey {
	if (point.kind === 'target') return 'target';
	return point.span === 'year' ? 'outcome' : 'period';
}

/** A publication id (2024-newspaper) as a reader names it: 2024年报告报纸版. */
export function publicationLabel(id: string): string {
	const [year, edition] = id.split('-') as [string, Edition];
	return `${year}年报告${EDITION_LABEL[edition] ?? edition}`;
}

/** A unit as an axis or a column names it. */
export function unitLabel(unit: string | null): string {
	return unit === null ? '（文字表述）' : unit;
}

/** The five-year plan periods the series give figures on, in time order: 十三五, 十四五. */
export function planPeriods(series: readonly { points: readonly Pick<IndicatorPoint, 'year' | 'period'>[] }[]): string[] {
	const lastYear = new Map<string, number>();
	for (const s of series) for (const p of s.points) if (p.period) lastYear.set(p.period, p.year);
	return [...lastYear].sort((a, b) => a[1] - b[1]).map(([period]) => period);
}

/**
 * How an edition's repeat of a figure stands to the full text's, in a few words: 与全文一致,
 * 与全文不同, or where the edition prints another unit, that unit (与全文单位不同：亿美元).
 */
export function repeatAgreement(repeat: Pick<IndicatorRepeat, 'agrees' | 'unit'>): string {
	if (repeat.unit !== undefined) return `与全文单位不同：${repeat.unit}`;
	return repeat.agrees ? '与全文一致' : '与全文不同';
}
