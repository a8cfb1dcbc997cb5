import { z } from 'astro/zod';

/**
 * The indicator series (content/indicators/indicators.json, written by
 * scripts/indicators.ts from the page entries; served as /data/indicators.json).
 *
 *   { series: [{ id, name, unit, points: [{ year, kind, value, qualifier, quote, source, … }] }] }
 *
 * A point is one figure as one report states it:
 *   year       the year the figure is about: a target's year is the year the report
 *              plans (2024), an outcome's the year it reviews (2023); a figure about a
 *              five-year plan period carries the period's last year (2025) and
 *              `period` (十四五)
 *   span       year | period-end (the level the period ended at) | period-average
 *              (年均) | period-total (累计) | period-peak (最高年)
 *   kind       target (主要预期目标) | outcome (an outcome the report states)
 *   value      the number as written, in the series' unit; null where the report states
 *              the indicator in words only (居民收入增长与经济增长同步): never invented
 *   qualifier  左右 以上 以下 突破 超过 近 as written, or for a statement in words its
 *              key phrase (同步, 基本同步, 低于控制目标, 完成); null for an exact figure
 *   quote      the words of the report the figure is read from, verbatim
 *   source     the paragraph's URL path with its #id: /2024/full/part-2/#p4
 *   publication  the publication quoted (the full text where the report has one)
 *   inWorkPlan true for a target the report states in the year's work plan (力争…),
 *              not among its 主要预期目标
 *   repeats    the same figure in the report's other editions (newspaper, infographic),
 *              each with its own quote and link, and whether it agrees; `unit` where an
 *              edition prints it in another unit than the series' (亿美元 for 亿元): such
 *              a repeat never agrees and is never drawn on the series' axis
 */

export const indicatorKindSchema = z.enum(['target', 'outcome']);
export const indicatorSpanSchema = z.enum(['year', 'period-end', 'period-average', 'period-total', 'period-peak']);

export const indicatorRepeatSchema = z.object({
	publication: z.string(),
	value: z.number().nullable(),
	qualifier: z.string().nullable(),
	quote: z.string().min(1),
	source: z.string().regex(/^\/.+#[a-z][a-z0-9-]*$/),
	/** Only where the edition prints the figure in another unit than the series'. */
	unit: z.string().min(1).optional(),
	agrees: z.boolean(),
});

export const indicatorPointSchema = z
	.object({
		year: z.number().int(),
		period: z
			.string()
			.regex(/^[一二三四五六七八九十]+五$/)
			.optional(),
		span: indicatorSpanSchema,
		kind: indicatorKindSchema,
		inWorkPlan: z.literal(true).optional(),
		value: z.number().nullable(),
		qualifier: z.string().nullable(),
		quote: z.string().min(1),
		source: z.string().regex(/^\/.+#[a-z][a-z0-9-]*$/, 'a paragraph path with its #id'),
		publication: z.string(),
		repeats: z.array(indicatorRepeatSchema),
	})
	.refine((p) => (p.span === 'year') === (p.period === undefined), 'a period figure names its period, a year figure none')
	.refine((p) => p.value !== null || p.qualifier !== null, 'a statement in words keeps its key phrase as qualifier')
	.refine((p) => p.inWorkPlan === undefined || p.kind === 'target', 'only a target is stated in a work plan')
	.refine((p) => p.repeats.every((r) => r.unit === undefined || !r.agrees), 'a repeat in another unit does not agree');

export const indicatorSeriesSchema = z.object({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	name: z.string().min(1),
	/** The unit of every value; null for an indicator stated in words only. */
	unit: z.string().nullable(),
	/** The position on the indicators page. */
	order: z.number().int().min(0),
	points: z.array(indicatorPointSchema).min(1),
});

export const indicatorFileSchema = z.object({
	generated: z.string(),
	series: z.array(indicatorSeriesSchema),
});

export type IndicatorKind = z.infer<typeof indicatorKindSchema>;
export type IndicatorSpan = z.infer<typeof indicatorSpanSchema>;
export type IndicatorRepeat = z.infer<typeof indicatorRepeatSchema>;
export type IndicatorPoint = z.infer<typeof indicatorPointSchema>;
export type IndicatorSeries = z.infer<typeof indicatorSeriesSchema>;
