import type { IndicatorPoint, IndicatorSeries } from '../../core/schemas/indicator.ts';
import { DATASET_LABEL, datasetOf, publicationLabel, timeLabel, valueLabel } from '../../core/indicators/format.ts';

/**
 * The rows of an indicator's data table: every point, figures and statements in words
 * alike, with the words it comes from and their link. The table shows what the chart
 * draws (same time, set and figure labels, from format.ts) and is what a reader
 * without JavaScript gets.
 */

export interface TableRepeat {
	/** 2024年报告报纸版 */
	label: string;
	agrees: boolean;
	/** Where the edition prints the figure in another unit than the series'. */
	unit?: string;
	quote: string;
	source: string;
}

export interface TableRow {
	time: string;
	/** 目标, 实际 or 五年规划期实际: the chart's set names. */
	set: string;
	value: string;
	/** A target the year's work plan states, not among the 主要预期目标: the table says so. */
	inWorkPlan: boolean;
	/** Whether the chart draws this row (a figure), or only the table holds it (a statement in words). */
	drawn: boolean;
	quote: string;
	source: string;
	publication: string;
	repeats: TableRepeat[];
}

export function tableRow(point: IndicatorPoint, unit: string | null): TableRow {
	return {
		time: timeLabel(point),
		set: DATASET_LABEL[datasetOf(point)],
		inWorkPlan: point.inWorkPlan === true,
		value: valueLabel(point, unit),
		drawn: point.value !== null,
		quote: point.quote,
		source: point.source,
		publication: publicationLabel(point.publication),
		repeats: point.repeats.map((r) => ({
			label: publicationLabel(r.publication),
			agrees: r.agrees,
			...(r.unit !== undefined ? { unit: r.unit } : {}),
			quote: r.quote,
			source: r.source,
		})),
	};
}

export function tableRows(series: IndicatorSeries): TableRow[] {
	return series.points.map((p) => tableRow(p, series.unit));
}
