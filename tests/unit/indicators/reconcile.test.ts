import { describe, expect, it } from 'vitest';
import type { ExtractedPoint, PublicationExtraction } from '../../../scripts/lib/indicators/extract.ts';
import { reconcile as reconcileWith } from '../../../scripts/lib/indicators/reconcile.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { realCatalog } from '../../support/real-corpus.ts';

const CATALOG = realCatalog();
const reconcile = (extractions: readonly PublicationExtraction[]) => reconcileWith(extractions, CATALOG);

const publication = (id: string, edition: Publication['edition']): Publication => ({
	id,
	file: `${id}.txt`,
	sha256: '0'.repeat(64),
	year: 2024,
	edition,
	shape: edition === 'full' ? 'full-text' : edition === 'newspaper' ? 'newspaper' : 'digest',
	title: id,
	description: id,
	delivered: '2024',
	speaker: null,
	reviews: { years: [2023] },
	plans: { years: [2024] },
});

const point = (publicationId: string, fields: Partial<ExtractedPoint>): ExtractedPoint => ({
	series: 'gdp-growth',
	year: 2024,
	kind: 'target',
	span: 'year',
	value: 6,
	qualifier: '以上',
	quote: '地区生产总值增长 6%以上',
	publication: publicationId,
	source: `/2024/${publicationId.split('-')[1]}/part-2/#p4`,
	file: `content/publication-pages/${publicationId}/02-part-2.md`,
	block: 'p4',
	...fields,
});

const extraction = (p: Publication, points: ExtractedPoint[]): PublicationExtraction => ({ publication: p, points, unread: [], problems: [] });

/** Joining a report's editions: the full text is the source, the others are repeats. */
describe('reconciling editions', () => {
	const full = publication('2024-full', 'full');
	const newspaper = publication('2024-newspaper', 'newspaper');
	const infographic = publication('2024-infographic', 'infographic');

	it('sources a figure from the full text, whatever order the editions come in, and notes agreeing and differing repeats', () => {
		const { series, secondaryOnly } = reconcile([
			extraction(infographic, [point('2024-infographic', { value: 6.5, quote: '地区生产总值增长6.5%以上' })]),
			extraction(newspaper, [point('2024-newspaper', { quote: '地区生产总值增长 6% 以上' })]),
			extraction(full, [point('2024-full', {})]),
		]);
		const [gdp] = series;
		expect(gdp!.points).toHaveLength(1);
		expect(gdp!.points[0]).toMatchObject({ publication: '2024-full', value: 6, source: '/2024/full/part-2/#p4' });
		expect(gdp!.points[0]!.repeats.map((r) => [r.publication, r.agrees])).toEqual([
			['2024-newspaper', true],
			['2024-infographic', false],
		]);
		expect(secondaryOnly).toEqual([]);
	});

	it('a different qualifier is a difference too', () => {
		const { series } = reconcile([extraction(full, [point('2024-full', {})]), extraction(newspaper, [point('2024-newspaper', { qualifier: '左右' })])]);
		expect(series[0]!.points[0]!.repeats[0]!.agrees).toBe(false);
	});

	it('lets a figure only a secondary edition states stand, sourced there, and says so', () => {
		const extra = point('2024-newspaper', { series: 'new-urban-jobs', value: 18, quote: '城镇新增就业 18万人以上' });
		const { series, secondaryOnly } = reconcile([extraction(full, [point('2024-full', {})]), extraction(newspaper, [extra])]);
		expect(series.find((s) => s.id === 'new-urban-jobs')!.points[0]).toMatchObject({ publication: '2024-newspaper', source: '/2024/newspaper/part-2/#p4' });
		expect(secondaryOnly).toEqual([extra]);
	});

	it('keeps the series in catalog order and drops those with no point', () => {
		const { series } = reconcile([extraction(full, [point('2024-full', { series: 'grain-output', value: 700, quote: '粮食产量700亿斤' }), point('2024-full', {})])]);
		expect(series.map((s) => s.id)).toEqual(['gdp-growth', 'grain-output']);
	});

	it('keeps a figure an edition prints in another unit as a repeat with that unit, never agreeing, and never as a point of its own', () => {
		const investment = { series: 'foreign-investment-used', kind: 'outcome' as const, year: 2023, value: 55.8, qualifier: null };
		const usd = point('2024-infographic', { ...investment, quote: '实际使用外资55.8亿美元', unit: '亿美元' });
		const { series, otherUnitOnly } = reconcile([extraction(full, [point('2024-full', { ...investment, quote: '实际使用外资 55.8 亿元' })]), extraction(infographic, [usd])]);
		const [only] = series.find((s) => s.id === 'foreign-investment-used')!.points;
		expect(only).toMatchObject({ publication: '2024-full', value: 55.8, quote: '实际使用外资 55.8 亿元' });
		expect(only!.repeats).toEqual([expect.objectContaining({ publication: '2024-infographic', unit: '亿美元', agrees: false, quote: '实际使用外资55.8亿美元' })]);
		expect(otherUnitOnly).toEqual([]);
		// With no edition in the series' unit, the figure is left out and named, not drawn on the 亿元 axis.
		const alone = reconcile([extraction(infographic, [usd])]);
		expect(alone.series.find((s) => s.id === 'foreign-investment-used')).toBeUndefined();
		expect(alone.otherUnitOnly).toEqual([usd]);
	});

	it('carries a work-plan target as one', () => {
		const { series } = reconcile([extraction(full, [point('2024-full', { inWorkPlan: true })])]);
		expect(series[0]!.points[0]!.inWorkPlan).toBe(true);
	});
});
