import type { ChartSpec } from './chart-spec.ts';

/**
 * Moving through a chart's points from the keyboard: the arrows step from point to
 * point in reading order (category by category, and within one the sets in order),
 * Home and End jump to the ends, Enter opens the selected point's paragraph.
 */

export interface PointRef {
	datasetIndex: number;
	index: number;
}

export function readingOrder(spec: Pick<ChartSpec, 'categories' | 'datasets'>): PointRef[] {
	const order: PointRef[] = [];
	spec.categories.forEach((_, index) => {
		spec.datasets.forEach((dataset, datasetIndex) => {
			if (dataset.points[index]) order.push({ datasetIndex, index });
		});
	});
	return order;
}

export type KeyAction = { type: 'select'; position: number } | { type: 'open'; position: number } | { type: 'clear' } | { type: 'none' };

/** What a key does, given how many points there are and which one is selected (-1: none). */
export function keyAction(key: string, count: number, selected: number): KeyAction {
	if (count === 0) return { type: 'none' };
	switch (key) {
		case 'ArrowRight':
		case 'ArrowDown':
			return { type: 'select', position: selected < 0 ? 0 : Math.min(count - 1, selected + 1) };
		case 'ArrowLeft':
		case 'ArrowUp':
			return { type: 'select', position: selected < 0 ? count - 1 : Math.max(0, selected - 1) };
		case 'Home':
			return { type: 'select', position: 0 };
		case 'End':
			return { type: 'select', position: count - 1 };
		case 'Enter':
			return selected < 0 ? { type: 'none' } : { type: 'open', position: selected };
		case 'Escape':
			return selected < 0 ? { type: 'none' } : { type: 'clear' };
		default:
			return { type: 'none' };
	}
}

/** A source link is followed only if it is a path on this site with a fragment: never a script or another site. */
export function isParagraphLink(source: string): boolean {
	return /^\/[\w\-/]*\/(\?highlight=[^#\s&]*)?#[a-z][a-z0-9-]*$/u.test(source);
}

/** What the live region says of a selected point: 2021年目标：700亿斤以上（原文：粮食产量保持在700亿斤以上）. */
export function describePoint(spec: Pick<ChartSpec, 'categories' | 'datasets'>, ref: PointRef): string {
	const dataset = spec.datasets[ref.datasetIndex];
	const point = dataset?.points[ref.index];
	if (!dataset || !point) return '';
	return `${spec.categories[ref.index] ?? ''}${dataset.label}：${point.label}（原文：${point.quote}）`;
}
