import type { IndicatorSpan } from '../../../src/core/schemas/indicator.ts';
import type { Unit } from './figures.ts';

/**
 * The indicators the reports set targets for or report as headline outcomes, and how
 * each is written: the names the reports give it, and how its figure follows the name.
 * No figure is written here: every value is read from the report text.
 *
 * How a figure follows its name (`reading`):
 *   growth       增长 6%以上, 同口径增长 5.5%左右, 年均增长 12.8% (a five-year average)
 *   decline      降低 1.6%左右
 *   rate         a level in %: 6%左右, 控制在 6%左右, 达到 64.1%
 *   level        an amount in the indicator's unit, within a few characters of the
 *                name: 791.6亿斤, 突破 3000 亿元, 保持在700亿斤以上; a figure after
 *                a word of change (增加近1000亿元) is a change, not the level
 *   pair         分别增长 1.4％和8.4％: the figure at `pick` (城乡 → urban, rural)
 *   count        a figure written before the name, ending in the name's `counter`
 *                (80.2万贫困人口实现脱贫, 57个贫困旗县): the quote is its clause
 *   qualitative  no figure: `phrases` say what is stated (与经济增长同步)
 *
 * Indicators that are the same measure keep one series across the reports even where
 * the wording changes (外贸进出口总额 2023, 进出口总值 2025; 居民消费价格涨幅 2024,
 * 居民消费价格指数 2026), and each point keeps its own wording as its quote.
 */

export type Reading = 'growth' | 'decline' | 'rate' | 'level' | 'pair' | 'count' | 'qualitative';

/** What a point's figure covers: one year, or a five-year plan period (its end, average, total or best year). */
export type Span = IndicatorSpan;

export interface SeriesName {
	text: string;
	/** A name that itself says the figure covers a plan period (粮食最高年产量, 年均煤炭产量). */
	span?: Span;
	/** For a pair reading: which of the two figures is this series'. */
	pick?: 0 | 1;
	/** For a count reading: the measure word that ends the figure before the name (万, 个). */
	counter?: string;
	/**
	 * A name too general on its own (新增装机规模): it is this series' only after this
	 * word earlier in the same sentence (新能源全产业链要…，新增装机规模…), and the
	 * quote then runs from that word, so that it says what the figure is of.
	 */
	subject?: string;
}

export interface SeriesDefinition {
	id: string;
	/** What the site calls the indicator. */
	name: string;
	/** The unit of its figures; null for an indicator the reports state only in words. */
	unit: Unit | null;
	reading: Reading;
	names: SeriesName[];
	/** Statements in words, matched from the name on; the group `q` is the point's qualifier. */
	phrases?: RegExp[];
	/**
	 * Other units some editions print the same figure in (实际使用外资 55.8 亿元 in the
	 * full text, 55.8亿美元 in the infographic): such a figure is read and kept with its
	 * own unit beside the point it repeats, never charted on the series' axis.
	 */
	otherUnits?: Unit[];
	/**
	 * The reports state this target in the year's work plan too (力争外贸…增长10%以上,
	 * 新增新能源装机1000万千瓦), not only among the 主要预期目标: it is also read from
	 * the pages whose title names the planned year (三、2021年工作安排).
	 */
	inWorkPlan?: boolean;
	/** A count over a plan period (80.2万贫困人口实现脱贫 in “十三五”期间) is the period's total, not its end level. */
	periodSpan?: Span;
}

const names = (...texts: (string | SeriesName)[]): SeriesName[] => texts.map((t) => (typeof t === 'string' ? { text: t } : t));

/** In the order the indicators page shows them: the indicators first, then the other headline figures. */
export const SERIES: readonly SeriesDefinition[] = [
	{ id: 'gdp-growth', name: '地区生产总值增长', unit: '%', reading: 'growth', names: names('地区生产总值') },
	{ id: 'industrial-value-added-growth', name: '规模以上工业增加值增长', unit: '%', reading: 'growth', names: names('规上工业增加值', '规模以上工业增加值') },
	{ id: 'fixed-asset-investment-growth', name: '固定资产投资增长', unit: '%', reading: 'growth', names: names('固定资产投资') },
	{ id: 'public-budget-revenue-growth', name: '一般公共预算收入增长', unit: '%', reading: 'growth', names: names('一般公共预算收入') },
	// 失业率率: the 2024 infographic's print, declared a recognition suspect (content/recognition-suspects.yml);
	// read as the rate it names, and quoted as printed.
	{ id: 'surveyed-unemployment-rate', name: '城镇调查失业率', unit: '%', reading: 'rate', names: names('城镇调查失业率', '城镇调查失业率率') },
	{ id: 'new-urban-jobs', name: '城镇新增就业', unit: '万人', reading: 'level', names: names('城镇新增就业') },
	{
		id: 'consumer-price-rise',
		name: '居民消费价格涨幅',
		unit: '%',
		reading: 'rate',
		names: names('居民消费价格涨幅', '居民消费价格指数'),
		phrases: [/^居民消费价格涨幅(?<q>低于控制目标)/u],
	},
	{ id: 'energy-intensity-reduction', name: '单位地区生产总值能耗降低', unit: '%', reading: 'decline', names: names('单位地区生产总值能耗') },
	{ id: 'grain-output', name: '粮食产量', unit: '亿斤', reading: 'level', names: names('粮食产量', { text: '粮食最高年产量', span: 'period-peak' }) },
	{ id: 'retail-sales-growth', name: '社会消费品零售总额增长', unit: '%', reading: 'growth', names: names('社会消费品零售总额') },
	{
		id: 'foreign-trade-growth',
		name: '外贸进出口增长',
		unit: '%',
		reading: 'growth',
		names: names('外贸进出口总额', '外贸进出口总值', '进出口总值', '外贸规模'),
		inWorkPlan: true,
	},
	{
		id: 'household-income-growth',
		name: '居民人均可支配收入增长',
		unit: '%',
		reading: 'growth',
		names: names('全体居民人均可支配收入', '居民人均可支配收入', '居民收入'),
		phrases: [/^居民收入(?<q>稳步增长)/u, /^居民收入增长与经济增长(?<q>(?:基本)?同步)/u],
	},
	{
		id: 'urban-household-income-growth',
		name: '城镇常住居民人均可支配收入增长',
		unit: '%',
		reading: 'pair',
		names: names({ text: '城乡常住居民人均可支配收入', pick: 0 }),
	},
	{
		id: 'rural-household-income-growth',
		name: '农村牧区常住居民人均可支配收入增长',
		unit: '%',
		reading: 'pair',
		names: names({ text: '城乡常住居民人均可支配收入', pick: 1 }),
	},
	{ id: 'registered-unemployment-rate', name: '城镇登记失业率', unit: '%', reading: 'rate', names: names('城镇登记失业率') },
	{ id: 'gdp', name: '地区生产总值（经济总量）', unit: '万亿元', reading: 'level', names: names('经济总量', '地区生产总值') },
	{ id: 'gdp-per-capita', name: '人均地区生产总值', unit: '万元', reading: 'level', names: names('人均地区生产总值', '人均生产总值') },
	{ id: 'gdp-per-capita-usd', name: '人均地区生产总值（美元）', unit: '万美元', reading: 'level', names: names('人均地区生产总值', '人均生产总值') },
	{ id: 'public-budget-revenue', name: '一般公共预算收入', unit: '亿元', reading: 'level', names: names('一般公共预算收入') },
	{ id: 'household-income', name: '居民人均可支配收入', unit: '万元', reading: 'level', names: names('居民人均可支配收入') },
	{ id: 'urbanisation-rate', name: '常住人口城镇化率', unit: '%', reading: 'rate', names: names('常住人口城镇化率') },
	{ id: 'foreign-trade-value', name: '进出口总值', unit: '亿元', reading: 'level', names: names('进出口总值', '外贸规模'), inWorkPlan: true },
	{ id: 'coal-output', name: '煤炭产量', unit: '亿吨', reading: 'level', names: names('煤炭产量', { text: '年均煤炭产量', span: 'period-average' }) },
	// 总装机 alone stands after 新增电力装机 in the sentence (…，总装机达到1.46亿千瓦); 新能源总装机 is the new-energy series'.
	{ id: 'power-capacity', name: '电力总装机', unit: '亿千瓦', reading: 'level', names: names('电力总装机规模', '电力总装机', '总装机') },
	// The installed total and the capacity a year is to add are two indicators, so that no chart puts a level and an increment on one axis.
	{ id: 'new-energy-capacity', name: '新能源装机', unit: '亿千瓦', reading: 'level', names: names('新能源装机规模', '新能源装机', '新能源总装机') },
	{
		id: 'new-energy-capacity-added',
		name: '新能源新增装机',
		unit: '万千瓦',
		reading: 'level',
		names: names('新增新能源装机', { text: '新增装机规模', subject: '新能源' }),
		inWorkPlan: true,
	},
	{ id: 'foreign-investment-used', name: '实际使用外资', unit: '亿元', reading: 'level', names: names('实际使用外资'), otherUnits: ['亿美元'] },
	// People and counties are two indicators: their units differ, and a chart draws one unit.
	{
		id: 'poverty-exits',
		name: '贫困人口脱贫',
		unit: '万人',
		reading: 'count',
		names: names({ text: '贫困人口实现脱贫', counter: '万' }),
		periodSpan: 'period-total',
	},
	{
		id: 'poverty-counties-exited',
		name: '贫困旗县摘帽',
		unit: '个',
		reading: 'count',
		names: names({ text: '贫困旗县', counter: '个' }),
		periodSpan: 'period-total',
	},
	{
		id: 'carbon-reduction',
		name: '降碳减排',
		unit: null,
		reading: 'qualitative',
		names: names('完成国家下达的降碳减排任务'),
		phrases: [/^(?<q>完成)国家下达的降碳减排任务/u],
	},
	{ id: 'environmental-quality', name: '生态环境质量', unit: null, reading: 'qualitative', names: names('生态环境质量'), phrases: [/^生态环境质量(?<q>进一步改善)/u] },
	{
		id: 'major-pollutant-emissions',
		name: '主要污染物排放量',
		unit: null,
		reading: 'qualitative',
		names: names('主要污染物排放量'),
		phrases: [/^主要污染物排放量(?<q>继续下降)/u],
	},
	{
		id: 'energy-consumption-control',
		name: '能耗总量和强度控制目标',
		unit: null,
		reading: 'qualitative',
		names: names('能耗总量和能耗强度'),
		phrases: [/^能耗总量和能耗强度(?<q>未完成控制目标)/u],
	},
];

export function seriesDefinition(id: string): SeriesDefinition {
	const found = SERIES.find((s) => s.id === id);
	if (!found) throw new Error(`no indicator series “${id}”`);
	return found;
}
