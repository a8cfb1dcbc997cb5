import { getCollection } from 'astro:content';
import type { IndicatorSeries } from '../../core/schemas/indicator.ts';

/** The indicator series from their collection, in page order (build time only). */
export async function loadIndicators(): Promise<IndicatorSeries[]> {
	const entries = await getCollection('indicators');
	return entries.map((entry) => entry.data).sort((a, b) => a.order - b.order);
}
