/**
 * What each report must yield: the indicators its main expected targets name, the
 * headline outcomes its review states for the year reviewed, and its figures on the
 * five-year plan period. Only which indicators, never their figures: those are read
 * from the text. If a rewording of the text or of the catalog loses one, the generator
 * fails, naming the file and the paragraphs that mention it.
 *
 * Only a report's leading edition (full text, else summary) is held to this: the
 * newspaper and infographic are read for repeats, and what they miss is reported.
 */
export interface Expected {
	/** Targets for the year the report plans. */
	targets: readonly string[];
	/** Outcomes for the year it reviews. */
	outcomes: readonly string[];
	/** Outcomes for the five-year plan period it reviews. */
	period?: readonly string[];
}

export const EXPECTED: Readonly<Record<string, Expected>> = {
	'2021-full': {
		targets: [
			'gdp-growth',
			'surveyed-unemployment-rate',
			'consumer-price-rise',
			'household-income-growth',
			'environmental-quality',
			'energy-intensity-reduction',
			'major-pollutant-emissions',
			'grain-output',
		],
		outcomes: [
			'gdp-growth',
			'new-urban-jobs',
			'registered-unemployment-rate',
			'grain-output',
			'urban-household-income-growth',
			'rural-household-income-growth',
			'consumer-price-rise',
		],
		period: ['gdp-per-capita-usd', 'urbanisation-rate'],
	},
	'2024-full': {
		targets: [
			'gdp-growth',
			'industrial-value-added-growth',
			'fixed-asset-investment-growth',
			'public-budget-revenue-growth',
			'new-urban-jobs',
			'surveyed-unemployment-rate',
			'household-income-growth',
			'consumer-price-rise',
			'energy-intensity-reduction',
		],
		outcomes: [
			'gdp-growth',
			'gdp-per-capita',
			'industrial-value-added-growth',
			'fixed-asset-investment-growth',
			'foreign-trade-growth',
			'coal-output',
			'power-capacity',
			'grain-output',
			'public-budget-revenue',
			'household-income-growth',
			'new-urban-jobs',
		],
	},
	'2026-summary': {
		targets: [
			'gdp-growth',
			'industrial-value-added-growth',
			'fixed-asset-investment-growth',
			'public-budget-revenue-growth',
			'surveyed-unemployment-rate',
			'new-urban-jobs',
			'retail-sales-growth',
			'foreign-trade-growth',
			'consumer-price-rise',
			'household-income-growth',
			'grain-output',
			'carbon-reduction',
		],
		outcomes: ['gdp-growth', 'industrial-value-added-growth', 'fixed-asset-investment-growth', 'retail-sales-growth', 'foreign-trade-growth'],
		period: [
			'gdp',
			'public-budget-revenue',
			'fixed-asset-investment-growth',
			'industrial-value-added-growth',
			'foreign-trade-value',
			'coal-output',
			'power-capacity',
			'grain-output',
			'new-urban-jobs',
			'urbanisation-rate',
			'household-income',
		],
	},
};
