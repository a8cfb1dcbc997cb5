import type { IndicatorSeries } from '../../core/schemas/indicator.ts';
import { isMainTarget } from '../../core/indicators/format.ts';

export interface HeadlineTarget {
	name: string;
	/** The report's own words for the target, verbatim. */
	quote: string;
	/** The paragraph it is read from, with its #id. */
	source: string;
}

/**
 * The first targets a report sets for its year, in the order of the indicators page,
 * in the report's own words: what the home page shows under each year.
 */
export function headlineTargets(series: readonly IndicatorSeries[], year: number, limit = 4): HeadlineTarget[] {
	return [...series]
		.sort((a, b) => a.order - b.order)
		.flatMap((s) => {
			const point = s.points.find((p) => isMainTarget(p) && p.span === 'year' && p.year === year && p.publication.startsWith(`${year}-`));
			return point ? [{ name: s.name, quote: point.quote, source: point.source }] : [];
		})
		.slice(0, limit);
}
