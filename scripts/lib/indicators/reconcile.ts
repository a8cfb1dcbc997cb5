import type { Edition } from '../../../src/core/schemas/publication.ts';
import type { IndicatorPoint, IndicatorRepeat, IndicatorSeries } from '../../../src/core/schemas/indicator.ts';
import type { SeriesDefinition, Span } from './catalog.ts';
import { pointKey, type ExtractedPoint, type PublicationExtraction } from './extract.ts';

/**
 * One series per indicator from the points of every publication. A report published
 * in several editions states a figure once: the full text is its source (else the
 * summary), and where the newspaper or the infographic repeats it, the repeat is noted
 * with its own quote and link, agreeing (same value and qualifier) or differing.
 * A figure only a secondary edition states stands on its own, sourced there.
 * A figure printed in another unit than the series' (亿美元 where the full text has
 * 亿元) is kept as a repeat, with its unit, and never differs silently: it is never a
 * point of its own, which a chart would draw on the series' axis.
 */

const EDITION_RANK: Record<Edition, number> = { full: 0, summary: 1, newspaper: 2, infographic: 3 };
const SPAN_ORDER: Record<Span, number> = { year: 0, 'period-end': 1, 'period-average': 2, 'period-total': 3, 'period-peak': 4 };
const KIND_ORDER = { outcome: 0, target: 1 } as const;

export interface Reconciled {
	series: IndicatorSeries[];
	/** Points only a secondary edition states, for the generator to mention. */
	secondaryOnly: ExtractedPoint[];
	/** Figures in another unit that no edition states in the series' unit: left out, for the generator to mention. */
	otherUnitOnly: ExtractedPoint[];
}

export function reconcile(extractions: readonly PublicationExtraction[], definitions: readonly SeriesDefinition[]): Reconciled {
	const byReport = new Map<number, PublicationExtraction[]>();
	for (const e of extractions) byReport.set(e.publication.year, [...(byReport.get(e.publication.year) ?? []), e]);

	const points: PointWithSeries[] = [];
	const secondaryOnly: ExtractedPoint[] = [];
	const otherUnitOnly: ExtractedPoint[] = [];
	for (const editions of byReport.values()) {
		const ranked = [...editions].sort((a, b) => EDITION_RANK[a.publication.edition] - EDITION_RANK[b.publication.edition]);
		const stated = new Map<string, PointWithSeries>();
		for (const [rank, extraction] of ranked.entries()) {
			for (const p of extraction.points) {
				const key = pointKey(p);
				const primary = stated.get(key);
				if (!primary && p.unit !== undefined) {
					otherUnitOnly.push(p);
					continue;
				}
				if (!primary) {
					const own = toPoint(p);
					stated.set(key, own);
					points.push(own);
					if (rank > 0) secondaryOnly.push(p);
					continue;
				}
				if (primary.publication === p.publication) continue;
				primary.repeats.push(toRepeat(p, primary));
			}
		}
	}

	const series = definitions.map((definition, order): IndicatorSeries => ({
		id: definition.id,
		name: definition.name,
		unit: definition.unit,
		order,
		points: points
			.filter((p) => p.series === definition.id)
			.sort(comparePoints)
			.map(({ series: _, ...rest }) => rest),
	}));
	return { series: series.filter((s) => s.points.length > 0), secondaryOnly, otherUnitOnly };
}

type PointWithSeries = IndicatorPoint & { series: string };

function toPoint(p: ExtractedPoint): PointWithSeries {
	return {
		series: p.series,
		year: p.year,
		...(p.period ? { period: p.period } : {}),
		span: p.span,
		kind: p.kind,
		...(p.inWorkPlan ? { inWorkPlan: true as const } : {}),
		value: p.value,
		qualifier: p.qualifier,
		quote: p.quote,
		source: p.source,
		publication: p.publication,
		repeats: [],
	};
}

function toRepeat(p: ExtractedPoint, primary: IndicatorPoint): IndicatorRepeat {
	return {
		publication: p.publication,
		value: p.value,
		qualifier: p.qualifier,
		quote: p.quote,
		source: p.source,
		...(p.unit ? { unit: p.unit } : {}),
		agrees: p.unit === undefined && p.value === primary.value && p.qualifier === primary.qualifier,
	};
}

function comparePoints(a: IndicatorPoint, b: IndicatorPoint): number {
	return a.year - b.year || SPAN_ORDER[a.span] - SPAN_ORDER[b.span] || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || a.publication.localeCompare(b.publication);
}
