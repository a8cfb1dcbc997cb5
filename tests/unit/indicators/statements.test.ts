import { describe, expect, it } from 'vitest';
import { findNames, readStatements, splitSentences } from '../../../scripts/lib/indicators/statements.ts';
import { realCatalog } from '../../support/real-corpus.ts';

const SERIES = realCatalog();

const read = (text: string) =>
	readStatements(text, SERIES).map((s) => ({ series: s.series, value: s.value, qualifier: s.qualifier, quote: s.quote, ...(s.span ? { span: s.span } : {}) }));

/** How a sentence's statements about the indicators are found. */
describe('reading statements', () => {
	it('reads a target list, each figure with its own wording', () => {
		expect(read('地区生产总值增长 6%以上；规上工业增加值增长 7%左右；城镇新增就业 18 万人以上，城镇调查失业率控制在 6%左右')).toEqual([
			{ series: 'gdp-growth', value: 6, qualifier: '以上', quote: '地区生产总值增长 6%以上' },
			{ series: 'industrial-value-added-growth', value: 7, qualifier: '左右', quote: '规上工业增加值增长 7%左右' },
			{ series: 'new-urban-jobs', value: 18, qualifier: '以上', quote: '城镇新增就业 18 万人以上' },
			{ series: 'surveyed-unemployment-rate', value: 6, qualifier: '左右', quote: '城镇调查失业率控制在 6%左右' },
		]);
	});

	it('takes the longest name where two start at one place, and does not read a name inside another', () => {
		const hits = findNames('人均地区生产总值突破10万元', SERIES);
		expect(hits).toHaveLength(1);
		expect(hits[0]!.series.map((s) => s.definition.id)).toEqual(['gdp-per-capita', 'gdp-per-capita-usd']);
		expect(read('人均地区生产总值突破10万元')).toEqual([{ series: 'gdp-per-capita', value: 10, qualifier: '突破', quote: '人均地区生产总值突破10万元' }]);
		expect(read('单位地区生产总值能耗降低 1.6%左右')).toEqual([
			{ series: 'energy-intensity-reduction', value: 1.6, qualifier: '左右', quote: '单位地区生产总值能耗降低 1.6%左右' },
		]);
	});

	it('does not read a city’s figure (均增长) or a rate of another kind (增速) as the region’s', () => {
		expect(read('呼和浩特市和包头市地区生产总值均增长 10%以上、规上工业增加值均增长 20%以上，7 个盟市固定资产投资增速超过 20%')).toEqual([]);
	});

	it('reads a level after a change as the level, not the change', () => {
		expect(read('一般公共预算收入增加近1000亿元，稳步达到3000亿元以上')).toEqual([
			{ series: 'public-budget-revenue', value: 3000, qualifier: '以上', quote: '一般公共预算收入增加近1000亿元，稳步达到3000亿元以上' },
		]);
	});

	it('reads growth and level of one name apart, by unit', () => {
		expect(read('一般公共预算收入突破 3000 亿元')).toEqual([{ series: 'public-budget-revenue', value: 3000, qualifier: '突破', quote: '一般公共预算收入突破 3000 亿元' }]);
		expect(read('一般公共预算收入同口径增长 5.5%左右')).toEqual([
			{ series: 'public-budget-revenue-growth', value: 5.5, qualifier: '左右', quote: '一般公共预算收入同口径增长 5.5%左右' },
		]);
		// Neither a growth nor an amount: a share of the budget is no figure of these series.
		expect(read('一般公共预算收入完成年度预算的105.2％')).toEqual([]);
	});

	it('reads the two figures of 分别增长 into the urban and the rural series', () => {
		expect(read('城乡常住居民人均可支配收入分别增长1.4％和8.4％')).toEqual([
			{ series: 'urban-household-income-growth', value: 1.4, qualifier: null, quote: '城乡常住居民人均可支配收入分别增长1.4％' },
			{ series: 'rural-household-income-growth', value: 8.4, qualifier: null, quote: '城乡常住居民人均可支配收入分别增长1.4％和8.4％' },
		]);
	});

	it('keeps statements in words qualitative, with no number', () => {
		expect(read('居民收入增长与经济增长基本同步')).toEqual([{ series: 'household-income-growth', value: null, qualifier: '基本同步', quote: '居民收入增长与经济增长基本同步' }]);
		expect(read('居民收入增长与经济增长同步')).toEqual([{ series: 'household-income-growth', value: null, qualifier: '同步', quote: '居民收入增长与经济增长同步' }]);
		expect(read('居民收入稳步增长')).toEqual([{ series: 'household-income-growth', value: null, qualifier: '稳步增长', quote: '居民收入稳步增长' }]);
		expect(read('完成国家下达的降碳减排任务')).toEqual([{ series: 'carbon-reduction', value: null, qualifier: '完成', quote: '完成国家下达的降碳减排任务' }]);
		expect(read('居民消费价格涨幅低于控制目标')).toEqual([{ series: 'consumer-price-rise', value: null, qualifier: '低于控制目标', quote: '居民消费价格涨幅低于控制目标' }]);
	});

	it('marks the figures whose wording says they cover a plan period', () => {
		expect(read('固定资产投资年均增长12.8%')).toEqual([
			{ series: 'fixed-asset-investment-growth', value: 12.8, qualifier: null, quote: '固定资产投资年均增长12.8%', span: 'period-average' },
		]);
		expect(read('城镇新增就业累计106万人')).toEqual([{ series: 'new-urban-jobs', value: 106, qualifier: null, quote: '城镇新增就业累计106万人', span: 'period-total' }]);
		expect(read('粮食最高年产量840亿斤，居全国第5位')).toEqual([{ series: 'grain-output', value: 840, qualifier: null, quote: '粮食最高年产量840亿斤', span: 'period-peak' }]);
	});

	it('ends a statement at the sentence: a figure after 。 or ； is not the name’s', () => {
		expect(read('粮食产量稳定增长。全区新增 800 亿斤仓容')).toEqual([]);
		expect(splitSentences('甲。乙；丙;丁\n戊').map((s) => s.text)).toEqual(['甲', '乙', '丙', '丁', '戊']);
	});

	it('reports each quote where it is in the text given', () => {
		const text = '初步核算，全年地区生产总值增长0.2％，经济逐季回升；';
		const [statement] = readStatements(text, SERIES);
		expect(text.slice(statement!.start, statement!.start + statement!.quote.length)).toBe('地区生产总值增长0.2％');
	});

	it('reads a count written before its name, with its clause as the quote, in the series unit (万 for 万人)', () => {
		expect(read('脱贫攻坚取得历史性成就，80.2万贫困人口实现脱贫，57个贫困旗县、3681个贫困嘎查村全部摘帽退出')).toEqual([
			{ series: 'poverty-exits', value: 80.2, qualifier: null, quote: '80.2万贫困人口实现脱贫' },
			{ series: 'poverty-counties-exited', value: 57, qualifier: null, quote: '57个贫困旗县、3681个贫困嘎查村全部摘帽退出' },
		]);
		// Other things poor people did are not their exit from poverty.
		expect(read('完成12.49万贫困人口易地搬迁任务')).toEqual([]);
	});

	it('reads a general name only after its subject, and quotes from the subject on', () => {
		expect(read('新能源全产业链要力争完成投资 3000 亿元，新增装机规模 4000 万千瓦以上')).toEqual([
			{ series: 'new-energy-capacity-added', value: 4000, qualifier: '以上', quote: '新能源全产业链要力争完成投资 3000 亿元，新增装机规模 4000 万千瓦以上' },
		]);
		expect(read('火电新增装机规模 400 万千瓦')).toEqual([]);
	});

	it('keeps the installed total and the capacity added apart, and 总装机 of power apart from 新能源总装机', () => {
		expect(read('新增电力装机4000万千瓦，总装机达到1.46亿千瓦')).toEqual([{ series: 'power-capacity', value: 1.46, qualifier: null, quote: '总装机达到1.46亿千瓦' }]);
		expect(read('新增新能源装机1000万千瓦')).toEqual([{ series: 'new-energy-capacity-added', value: 1000, qualifier: null, quote: '新增新能源装机1000万千瓦' }]);
		expect(read('新能源总装机1.2亿千瓦')).toEqual([{ series: 'new-energy-capacity', value: 1.2, qualifier: null, quote: '新能源总装机1.2亿千瓦' }]);
	});

	it('reads a growth the sentence gives after a level (规模突破 2100 亿元、增长 10% 以上)', () => {
		expect(read('力争外贸规模突破 2100 亿元、增长 10% 以上')).toEqual([
			{ series: 'foreign-trade-growth', value: 10, qualifier: '以上', quote: '外贸规模突破 2100 亿元、增长 10% 以上' },
			{ series: 'foreign-trade-value', value: 2100, qualifier: '突破', quote: '外贸规模突破 2100 亿元' },
		]);
	});

	it('reads a figure printed in one of the series’ other units, and says which', () => {
		const [usd] = readStatements('实际使用外资55.8亿美元', SERIES);
		expect(usd).toMatchObject({ series: 'foreign-investment-used', value: 55.8, unit: '亿美元' });
		const [yuan] = readStatements('实际使用外资 55.8 亿元', SERIES);
		expect(yuan).toMatchObject({ series: 'foreign-investment-used', value: 55.8 });
		expect(yuan!.unit).toBeUndefined();
	});

	it('reads the energy-consumption control outcome in words', () => {
		expect(read('能耗总量和能耗强度未完成控制目标')).toEqual([
			{ series: 'energy-consumption-control', value: null, qualifier: '未完成控制目标', quote: '能耗总量和能耗强度未完成控制目标' },
		]);
	});
});
