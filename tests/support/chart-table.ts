import type { ChartSpec } from '../../src/core/indicators/chart-spec.ts';
import type { TableRow } from '../../src/site/indicators/table.ts';

/**
 * How a chart and its table are compared, in the unit, site and browser tests: a drawn
 * point and its table row meet on time (the chart's category) | set | figure.
 */
export function pointKey(time: string, set: string, figure: string | number): string {
	return `${time}|${set}|${figure}`;
}

/** Every point a chart spec draws, as keys; none where there is no chart. */
export function drawnKeys(spec: Pick<ChartSpec, 'categories' | 'datasets'> | undefined): string[] {
	if (!spec) return [];
	return spec.datasets.flatMap((d) => d.points.flatMap((p, i) => (p ? [pointKey(spec.categories[i]!, d.label, p.label)] : [])));
}

/** The table rows the chart draws, as keys. */
export function drawnRowKeys(rows: readonly TableRow[]): string[] {
	return rows.filter((r) => r.drawn).map((r) => pointKey(r.time, r.set, r.value));
}
