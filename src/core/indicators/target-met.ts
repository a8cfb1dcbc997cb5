import type { IndicatorPoint, IndicatorSeries } from '../schemas/indicator.ts';

/**
 * Targets and outcomes told honestly: for each indicator, which years have a target,
 * which an outcome, and where a year has both, whether the outcome met the target,
 * read with the target's own qualifier. Only yearly figures are compared (a plan
 * period's figures are another measure), and only where both are numbers.
 *
 *   以上 / 不低于          met when the outcome is at least the target
 *   超过 / 突破 / 高于      met when the outcome is above it
 *   以下 / 以内 / 不超过 / 低于  met when the outcome is at most the target (低于: below it)
 *   左右                   met when the outcome is within the tolerance of it (±0.5 for a
 *                          figure in %, else ±5% of the target): “左右” promises neither more nor less
 *   an exact figure, 近 …  not judged: the report does not say which way is met
 */
export type Verdict = 'met' | 'missed' | 'not-judged';

export interface Judgement {
	verdict: Verdict;
	/** Why, in a reader's words: 实际7.3%，不低于目标6%（以上）. */
	reason: string;
}

export interface YearCoverage {
	year: number;
	target?: IndicatorPoint;
	outcome?: IndicatorPoint;
	judgement?: Judgement;
}

export interface Coverage {
	targetYears: number[];
	outcomeYears: number[];
	bothYears: number[];
	years: YearCoverage[];
}

const AT_LEAST = new Set(['以上', '不低于']);
const ABOVE = new Set(['超过', '突破', '高于']);
const AT_MOST = new Set(['以下', '以内', '不超过', '控制在']);
const BELOW = new Set(['低于']);

export function tolerance(target: number, unit: string | null): number {
	return unit === '%' ? 0.5 : Math.abs(target) * 0.05;
}

export function judge(target: Pick<IndicatorPoint, 'value' | 'qualifier'>, outcome: Pick<IndicatorPoint, 'value'>, unit: string | null): Judgement {
	const [t, o, q] = [target.value, outcome.value, target.qualifier];
	const u = unit ?? '';
	if (t === null || o === null) return { verdict: 'not-judged', reason: '目标或实际只以文字表述，不作比较' };
	const figures = `实际${o}${u}，目标${q && (ABOVE.has(q) || q === '近') ? q : ''}${t}${u}${q && !ABOVE.has(q) && q !== '近' ? q : ''}`;
	const verdict = (ok: boolean, rule: string): Judgement => ({ verdict: ok ? 'met' : 'missed', reason: `${figures}：${rule}，${ok ? '达到' : '未达到'}` });
	if (q && AT_LEAST.has(q)) return verdict(o >= t, `“${q}”须不低于${t}${u}`);
	if (q && ABOVE.has(q)) return verdict(o > t, `“${q}”须高于${t}${u}`);
	if (q && AT_MOST.has(q)) return verdict(o <= t, `“${q}”须不高于${t}${u}`);
	if (q && BELOW.has(q)) return verdict(o < t, `“${q}”须低于${t}${u}`);
	if (q === '左右') {
		const d = tolerance(t, unit);
		return verdict(Math.abs(o - t) <= d + 1e-9, `“左右”按相差不超过${Number(d.toFixed(4))}${u}计`);
	}
	return { verdict: 'not-judged', reason: `${figures}：目标${q ? `“${q}”` : '未带限定词'}，报告没有说明怎样算达到，不作判断` };
}

/** Yearly targets and outcomes of one indicator, year by year. */
export function coverage(series: Pick<IndicatorSeries, 'points' | 'unit'>): Coverage {
	const yearly = series.points.filter((p) => p.span === 'year');
	const targets = new Map(yearly.filter((p) => p.kind === 'target').map((p) => [p.year, p]));
	const outcomes = new Map(yearly.filter((p) => p.kind === 'outcome').map((p) => [p.year, p]));
	const all = [...new Set([...targets.keys(), ...outcomes.keys()])].sort((a, b) => a - b);
	const years = all.map((year) => {
		const target = targets.get(year);
		const outcome = outcomes.get(year);
		return { year, ...(target ? { target } : {}), ...(outcome ? { outcome } : {}), ...(target && outcome ? { judgement: judge(target, outcome, series.unit) } : {}) };
	});
	return {
		targetYears: [...targets.keys()].sort((a, b) => a - b),
		outcomeYears: [...outcomes.keys()].sort((a, b) => a - b),
		bothYears: years.filter((y) => y.target && y.outcome).map((y) => y.year),
		years,
	};
}

/** The years a list names: 2021、2024、2026年, or 无. */
export function yearList(years: readonly number[]): string {
	return years.length === 0 ? '无' : `${years.join('、')}年`;
}
