import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readPageEntry } from '../../../scripts/lib/content/page-entries.ts';
import { extractPublication, planEndYear, targetPassages } from '../../../scripts/lib/indicators/extract.ts';
import { generateIndicators, INDICATORS_FILE } from '../../../scripts/lib/indicators/generate.ts';
import { realCatalog } from '../../support/real-corpus.ts';
import { ROOT, pointOf, realCorpus, realIndicators, seriesOf } from './helpers.ts';

/**
 * The extraction on every report, from the sources through the ingest: each report's
 * targets and outcomes, the figure forms of the issue (6%以上, 5.7%左右, 18 万人以上,
 * 840亿斤, 0.2％), statements in words, the five-year figures and the repeats in the
 * newspaper and the infographic. The expected values are typed here, from the sources.
 */
describe('indicator extraction', async () => {
	const result = await realIndicators();
	const at = (id: string, year: number, kind: 'target' | 'outcome', span = 'year') => {
		const p = pointOf(result, id, year, kind, span);
		return { value: p.value, qualifier: p.qualifier, quote: p.quote, source: p.source };
	};

	it('runs without errors on every publication the manifest lists', () => {
		expect(result.errors).toEqual([]);
	});

	it('2021 report: the 2021 targets, in full-width ％', () => {
		expect(at('gdp-growth', 2021, 'target')).toEqual({ value: 6, qualifier: '左右', quote: '地区生产总值增长6％左右', source: '/2021/full/part-3/#p2' });
		expect(at('surveyed-unemployment-rate', 2021, 'target')).toMatchObject({ value: 6, qualifier: '左右', quote: '城镇调查失业率6％左右' });
		expect(at('consumer-price-rise', 2021, 'target')).toMatchObject({ value: 3, qualifier: '左右', quote: '居民消费价格涨幅3％左右' });
		expect(at('energy-intensity-reduction', 2021, 'target')).toMatchObject({ value: 3, qualifier: null, quote: '单位地区生产总值能耗降低3％' });
		expect(at('grain-output', 2021, 'target')).toMatchObject({ value: 700, qualifier: '以上', quote: '粮食产量保持在700亿斤以上' });
		expect(at('household-income-growth', 2021, 'target')).toMatchObject({ value: null, qualifier: '稳步增长', quote: '居民收入稳步增长' });
		expect(at('environmental-quality', 2021, 'target')).toMatchObject({ value: null, qualifier: '进一步改善' });
		expect(at('major-pollutant-emissions', 2021, 'target')).toMatchObject({ value: null, qualifier: '继续下降' });
	});

	it('2021 report: the 2020 outcomes (0.2％) and the 十三五 figures', () => {
		expect(at('gdp-growth', 2020, 'outcome')).toEqual({ value: 0.2, qualifier: null, quote: '地区生产总值增长0.2％', source: '/2021/full/part-1/#s2' });
		expect(at('new-urban-jobs', 2020, 'outcome')).toMatchObject({ value: 23.2, quote: '城镇新增就业23.2万人' });
		expect(at('registered-unemployment-rate', 2020, 'outcome')).toMatchObject({ value: 3.8, quote: '城镇登记失业率3.8％' });
		expect(at('grain-output', 2020, 'outcome')).toMatchObject({ value: 732.8, quote: '粮食产量732.8亿斤' });
		expect(at('urban-household-income-growth', 2020, 'outcome')).toMatchObject({ value: 1.4 });
		expect(at('rural-household-income-growth', 2020, 'outcome')).toMatchObject({ value: 8.4 });
		// Stated in words in the review: no number is made up for it.
		expect(at('consumer-price-rise', 2020, 'outcome')).toMatchObject({ value: null, qualifier: '低于控制目标' });
		const urbanisation = pointOf(result, 'urbanisation-rate', 2020, 'outcome', 'period-end');
		expect(urbanisation).toMatchObject({ value: 64.1, period: '十三五', quote: '常住人口城镇化率达到64.1％', source: '/2021/full/part-1/#p8' });
		expect(pointOf(result, 'gdp-per-capita-usd', 2020, 'outcome', 'period-end')).toMatchObject({ value: 1, qualifier: '突破', period: '十三五' });
	});

	it('2021 report: 电力总装机 and 脱贫 over 十三五, the added 新能源 target of the work plan, and the energy-control targets not met', () => {
		expect(pointOf(result, 'power-capacity', 2020, 'outcome', 'period-end')).toMatchObject({
			value: 1.46,
			period: '十三五',
			quote: '总装机达到1.46亿千瓦',
			source: '/2021/full/part-1/#p8',
		});
		expect(pointOf(result, 'poverty-exits', 2020, 'outcome', 'period-total')).toMatchObject({
			value: 80.2,
			period: '十三五',
			quote: '80.2万贫困人口实现脱贫',
			source: '/2021/full/part-1/#p8',
		});
		expect(pointOf(result, 'poverty-counties-exited', 2020, 'outcome', 'period-total')).toMatchObject({
			value: 57,
			period: '十三五',
			quote: '57个贫困旗县、3681个贫困嘎查村全部摘帽退出',
		});
		// The year's review states the last exits of 2020 apart from the period's total.
		expect(at('poverty-exits', 2020, 'outcome')).toMatchObject({ value: 1.6, quote: '剩余1.6万贫困人口实现脱贫', source: '/2021/full/part-1/#s4' });
		expect(pointOf(result, 'new-energy-capacity-added', 2021, 'target')).toMatchObject({
			value: 1000,
			qualifier: null,
			inWorkPlan: true,
			quote: '新增新能源装机1000万千瓦',
			source: '/2021/full/part-3/#s3-p2',
		});
		expect(at('energy-consumption-control', 2020, 'outcome')).toEqual({
			value: null,
			qualifier: '未完成控制目标',
			quote: '能耗总量和能耗强度未完成控制目标',
			source: '/2021/full/part-1/#p11',
		});
	});

	it('2024 report: the work plan’s targets for added 新能源 capacity and foreign trade, and 实际使用外资 in 亿元 with the infographic’s 亿美元 beside it', () => {
		expect(pointOf(result, 'new-energy-capacity-added', 2024, 'target')).toMatchObject({ value: 4000, qualifier: '以上', inWorkPlan: true, source: '/2024/full/part-2/#s5-p3' });
		expect(pointOf(result, 'foreign-trade-growth', 2024, 'target')).toMatchObject({
			value: 10,
			qualifier: '以上',
			inWorkPlan: true,
			quote: '外贸规模突破 2100 亿元、增长 10% 以上',
		});
		// The 主要预期目标 are not marked as the work plan's.
		expect(pointOf(result, 'gdp-growth', 2024, 'target').inWorkPlan).toBeUndefined();
		const investment = pointOf(result, 'foreign-investment-used', 2023, 'outcome');
		expect(investment).toMatchObject({ value: 55.8, quote: '实际使用外资 55.8 亿元', publication: '2024-full', source: '/2024/full/part-1/#i4' });
		expect(investment.repeats.map((r) => [r.publication, r.quote, r.unit, r.agrees])).toEqual([
			['2024-newspaper', '实际使用外资 55.8 亿元', undefined, true],
			['2024-infographic', '实际使用外资55.8亿美元', '亿美元', false],
		]);
	});

	it('2026 report: 新能源装机 at the end of 十四五, a series apart from the capacity a year adds', () => {
		expect(pointOf(result, 'new-energy-capacity', 2025, 'outcome', 'period-end')).toMatchObject({
			value: 1.7,
			period: '十四五',
			quote: '新能源装机1.7亿千瓦',
			publication: '2026-summary',
		});
		expect(seriesOf(result, 'new-energy-capacity').unit).toBe('亿千瓦');
		expect(seriesOf(result, 'new-energy-capacity-added').unit).toBe('万千瓦');
	});

	it('2024 report: the 2024 targets (6%以上, 18 万人以上, 同步 in words)', () => {
		expect(at('gdp-growth', 2024, 'target')).toEqual({ value: 6, qualifier: '以上', quote: '地区生产总值增长 6%以上', source: '/2024/full/part-2/#p4' });
		expect(at('new-urban-jobs', 2024, 'target')).toMatchObject({ value: 18, qualifier: '以上', quote: '城镇新增就业 18 万人以上' });
		expect(at('public-budget-revenue-growth', 2024, 'target')).toMatchObject({ value: 5.5, qualifier: '左右', quote: '一般公共预算收入同口径增长 5.5%左右' });
		expect(at('surveyed-unemployment-rate', 2024, 'target')).toMatchObject({ value: 6, qualifier: '左右', quote: '城镇调查失业率控制在 6%左右' });
		expect(at('energy-intensity-reduction', 2024, 'target')).toMatchObject({ value: 1.6, qualifier: '左右' });
		expect(at('household-income-growth', 2024, 'target')).toMatchObject({ value: null, qualifier: '基本同步', quote: '居民收入增长与经济增长基本同步' });
		expect(seriesOf(result, 'gdp-growth').points.filter((p) => p.year === 2024)).toHaveLength(1);
	});

	it('2024 report: the 2023 outcomes from the —— highlights and the 一是…八是 items', () => {
		expect(at('gdp-growth', 2023, 'outcome')).toMatchObject({ value: 7.3, source: '/2024/full/part-1/#p3' });
		expect(at('industrial-value-added-growth', 2023, 'outcome')).toMatchObject({ value: 7.4, quote: '规上工业增加值增长7.4%' });
		expect(at('fixed-asset-investment-growth', 2023, 'outcome')).toMatchObject({ value: 19.8 });
		expect(at('foreign-trade-growth', 2023, 'outcome')).toMatchObject({ value: 30.4, quote: '外贸进出口总额增长30.4%' });
		expect(at('grain-output', 2023, 'outcome')).toMatchObject({ value: 791.6, quote: '粮食产量791.6亿斤' });
		expect(at('public-budget-revenue', 2023, 'outcome')).toMatchObject({ value: 3000, qualifier: '突破' });
		expect(at('household-income-growth', 2023, 'outcome')).toMatchObject({ value: 6.1, source: '/2024/full/part-1/#i7' });
		expect(at('new-urban-jobs', 2023, 'outcome')).toMatchObject({ value: 21.87, quote: '城镇新增就业 21.87 万人' });
	});

	it('2026 report: the 2026 targets (5.7%左右, 超过840亿斤, 同步 and 降碳减排 in words)', () => {
		expect(at('surveyed-unemployment-rate', 2026, 'target')).toEqual({ value: 5.7, qualifier: '左右', quote: '城镇调查失业率5.7%左右', source: '/2026/summary/part-2/#h3-l5' });
		expect(at('grain-output', 2026, 'target')).toMatchObject({ value: 840, qualifier: '超过', quote: '粮食产量超过840亿斤' });
		expect(at('retail-sales-growth', 2026, 'target')).toMatchObject({ value: 4, qualifier: '左右' });
		expect(at('foreign-trade-growth', 2026, 'target')).toMatchObject({ value: 5, qualifier: '左右', quote: '外贸进出口总值增长5%左右' });
		expect(at('consumer-price-rise', 2026, 'target')).toMatchObject({ value: 2, qualifier: '左右', quote: '居民消费价格指数2%左右' });
		expect(at('household-income-growth', 2026, 'target')).toMatchObject({ value: null, qualifier: '同步' });
		expect(at('carbon-reduction', 2026, 'target')).toMatchObject({ value: null, qualifier: '完成', quote: '完成国家下达的降碳减排任务' });
	});

	it('2026 report: the 2025 outcomes and the 十四五 figures, each with its span', () => {
		expect(at('gdp-growth', 2025, 'outcome')).toEqual({ value: 4.7, qualifier: null, quote: '地区生产总值增长4.7%', source: '/2026/summary/part-3/#i1-l1' });
		expect(at('retail-sales-growth', 2025, 'outcome')).toMatchObject({ value: 4.3 });
		expect(at('foreign-trade-growth', 2025, 'outcome')).toMatchObject({ value: 6.4, quote: '进出口总值增长6.4%' });
		expect(pointOf(result, 'fixed-asset-investment-growth', 2025, 'outcome', 'period-average')).toMatchObject({ value: 12.8, period: '十四五' });
		expect(pointOf(result, 'new-urban-jobs', 2025, 'outcome', 'period-total')).toMatchObject({ value: 106, period: '十四五' });
		expect(pointOf(result, 'grain-output', 2025, 'outcome', 'period-peak')).toMatchObject({ value: 840, period: '十四五' });
		expect(pointOf(result, 'gdp', 2025, 'outcome', 'period-end')).toMatchObject({ value: 2.67, quote: '经济总量达到2.67万亿元' });
		expect(pointOf(result, 'urbanisation-rate', 2025, 'outcome', 'period-end')).toMatchObject({ value: 71.5 });
	});

	it('sources each 2024 figure from the full text and notes the newspaper and infographic repeats', () => {
		const gdp = pointOf(result, 'gdp-growth', 2024, 'target');
		expect(gdp.publication).toBe('2024-full');
		expect(gdp.repeats).toEqual([
			{ publication: '2024-newspaper', value: 6, qualifier: '以上', quote: '地区生产总值增长 6% 以上', source: '/2024/newspaper/part-2/#p4', agrees: true },
			{ publication: '2024-infographic', value: 6, qualifier: '以上', quote: '地区生产总值增长6%以上', source: '/2024/infographic/part-2/#h1-l1', agrees: true },
		]);
		expect(pointOf(result, 'new-urban-jobs', 2023, 'outcome').repeats.map((r) => r.publication)).toEqual(['2024-newspaper', '2024-infographic']);
		// Every point of a report with a full text is sourced there.
		for (const s of result.series) for (const p of s.points) if (p.year >= 2023 && p.year <= 2024 && p.span === 'year') expect(p.publication, p.quote).toBe('2024-full');
	});

	it('reads the infographic target its character recognition garbled (失业率率, a declared suspect), quoting it as printed', () => {
		expect(pointOf(result, 'surveyed-unemployment-rate', 2024, 'target').repeats).toEqual([
			{ publication: '2024-newspaper', value: 6, qualifier: '左右', quote: '城镇调查失业率控制在 6% 左右', source: '/2024/newspaper/part-2/#p4', agrees: true },
			{ publication: '2024-infographic', value: 6, qualifier: '左右', quote: '城镇调查失业率率控制在6%左右', source: '/2024/infographic/part-2/#h1-l5', agrees: true },
		]);
		expect(result.warnings.some((w) => w.includes('2024-infographic/02-part-2.md#h1-l5'))).toBe(false);
	});

	it('keeps every statement in words without a value, and every figure with one', () => {
		for (const s of result.series) {
			for (const p of s.points) {
				if (p.value === null) expect(p.qualifier, p.quote).not.toBeNull();
				else expect(p.quote, s.id).toContain(String(p.value));
			}
		}
	});

	it('lists the unread parts of the target passages (no indicator, no figure)', () => {
		const summary = result.extractions.find((e) => e.publication.id === '2026-summary')!;
		expect(summary.unread.map((u) => u.text)).toEqual(['在实际工作中努力争取更好结果']);
	});

	it('gives the same file twice, and the one the repository holds', async () => {
		const { manifest, pages } = await realCorpus();
		expect(generateIndicators(manifest, pages, realCatalog()).text).toBe(result.text);
		expect(readFileSync(new URL(INDICATORS_FILE, ROOT), 'utf8'), 'run npm run indicators').toBe(result.text);
	});
});

describe('failing loudly', async () => {
	const { manifest, pages } = await realCorpus();
	const full2024 = manifest.find((p) => p.id === '2024-full')!;

	/** The corpus with one page of one publication rewritten. */
	function withPage(publication: string, slug: string, rewrite: (markdown: string) => string, shelf = manifest) {
		const changed = new Map(pages);
		const original = pages.get(publication)!;
		changed.set(
			publication,
			original.map((page) => {
				if (page.page.slug !== slug) return page;
				const markdown = readFileSync(new URL(page.file, ROOT), 'utf8');
				return readPageEntry(rewrite(markdown), page.file);
			}),
		);
		return generateIndicators(shelf, changed, realCatalog());
	}

	it('notes the file and paragraph of a target figure no indicator reads, and stops only for what the manifest expects', () => {
		const result = withPage('2024-full', 'part-2', (md) => md.replace('城镇调查失业率控制在 6%左右', '城镇失业水平控制在 6%左右'));
		expect(result.warnings.join('\n')).toContain('content/publication-pages/2024-full/02-part-2.md#p4: the target figure “6%左右”');
		expect(result.errors.join('\n')).not.toContain('the target figure “6%左右”');
		// …and that the expected indicator is missing.
		expect(result.errors.join('\n')).toContain('2024-full: no target for 2024 of 城镇调查失业率');
	});

	it('names the paragraphs that mention an expected indicator it could not read', () => {
		const result = withPage('2024-full', 'part-1', (md) => md.replace('粮食产量791.6亿斤', '粮食产量创新高'));
		const message = result.errors.find((e) => e.includes('no outcome for 2023 of 粮食产量'));
		expect(message).toContain('content/publication-pages/2024-full/01-part-1.md#p4');
	});

	it('charts neither of two figures for one indicator, year and kind in one publication: a note, and an error only where the manifest expects the indicator', () => {
		const twice = (md: string) => md.replace('煤炭产量12.2亿吨', '煤炭产量12.2亿吨；粮食产量800亿斤');
		const expected = withPage('2024-full', 'part-1', twice);
		expect(expected.warnings.join('\n')).toMatch(/two figures for grain-output \(outcome, 2023\)/u);
		expect(expected.errors.join('\n')).toContain('2024-full: no outcome for 2023 of 粮食产量');

		const unexpected = withPage(
			'2024-full',
			'part-1',
			twice,
			manifest.map((p) => (p.id === '2024-full' ? { ...p, expects: undefined } : p)),
		);
		expect(unexpected.errors).toEqual([]);
		expect(unexpected.warnings.join('\n')).toMatch(/two figures for grain-output \(outcome, 2023\).*neither is charted \(left out of the series\)/u);
		const grain = unexpected.series.find((s) => s.id === 'grain-output')!;
		expect(grain.points.filter((p) => p.year === 2023 && p.kind === 'outcome')).toEqual([]);
	});

	it('finds the target passage of each form: a …主要预期目标是： paragraph, a heading’s list', () => {
		const passages = targetPassages(pages.get('2024-full')!);
		expect(passages).toHaveLength(1);
		expect(passages[0]!.text.startsWith('地区生产总值增长 6%以上；')).toBe(true);
		expect(passages[0]!.text.endsWith('单位地区生产总值能耗降低 1.6%左右')).toBe(true);
		expect(targetPassages(pages.get('2026-summary')!).map((p) => p.block.id)).toEqual(Array.from({ length: 11 }, (_, i) => `h3-l${i + 1}`));
		expect(extractPublication(full2024, [], { series: realCatalog() }).points).toEqual([]);
	});

	it('dates five-year plan periods by their last year', () => {
		expect(planEndYear('十三五')).toBe(2020);
		expect(planEndYear('十四五')).toBe(2025);
		expect(planEndYear('十五五')).toBe(2030);
		expect(planEndYear('十五')).toBe(2005);
		expect(() => planEndYear('三五')).toThrow();
	});
});
