import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { indicatorFileSchema } from '../../../src/core/schemas/indicator.ts';
import { coverage, judge, yearList } from '../../../src/core/indicators/target-met.ts';
import { realIndicators } from './helpers.ts';

// A fixture report series with targets and outcomes for the same years: the real corpus has none.
const fixture = indicatorFileSchema.parse(JSON.parse(readFileSync(new URL('fixtures/report-with-outcomes.json', import.meta.url), 'utf8')));
const series = (id: string) => fixture.series.find((s) => s.id === id)!;

describe('coverage', () => {
	it('says which years have a target, which an outcome and which both, leaving plan-period figures aside', () => {
		const gdp = coverage(series('gdp-growth'));
		expect([gdp.targetYears, gdp.outcomeYears, gdp.bothYears]).toEqual([
			[2097, 2098, 2099],
			[2097, 2098],
			[2097, 2098],
		]);
		expect(gdp.years.map((y) => [y.year, y.judgement?.verdict ?? null])).toEqual([
			[2097, 'missed'],
			[2098, 'met'],
			[2099, null],
		]);
	});

	it('respects the target’s qualifier: 以上 is a floor, 左右 a tolerance, 以内 a ceiling', () => {
		expect(coverage(series('gdp-growth')).years[0]!.judgement!.reason).toBe('实际5.6%，目标6%以上：“以上”须不低于6%，未达到');
		expect(coverage(series('gdp-growth')).years[1]!.judgement!.reason).toBe('实际5.6%，目标6%左右：“左右”按相差不超过0.5%计，达到');
		expect(coverage(series('consumer-price-rise')).years[0]!.judgement!.verdict).toBe('missed');
	});

	it('does not judge a target stated in words', () => {
		expect(coverage(series('household-income-growth')).years[0]!.judgement!.verdict).toBe('not-judged');
	});

	it('finds no year of the real corpus with both a target and an outcome', async () => {
		const { series: real } = await realIndicators();
		expect(real.flatMap((s) => coverage(s).bothYears)).toEqual([]);
		expect(real.some((s) => coverage(s).targetYears.length > 0 && coverage(s).outcomeYears.length > 0)).toBe(true);
	});
});

describe('judge', () => {
	const unit = '%';
	it('reads each qualifier', () => {
		expect(judge({ value: 6, qualifier: '以上' }, { value: 6 }, unit).verdict).toBe('met');
		expect(judge({ value: 6, qualifier: '超过' }, { value: 6 }, unit).verdict).toBe('missed');
		expect(judge({ value: 3000, qualifier: '突破' }, { value: 3001 }, '亿元').verdict).toBe('met');
		expect(judge({ value: 3, qualifier: '以内' }, { value: 3 }, unit).verdict).toBe('met');
		expect(judge({ value: 5.5, qualifier: '以下' }, { value: 5.6 }, unit).verdict).toBe('missed');
		expect(judge({ value: 6, qualifier: '左右' }, { value: 6.5 }, unit).verdict).toBe('met');
		expect(judge({ value: 6, qualifier: '左右' }, { value: 6.6 }, unit).verdict).toBe('missed');
		expect(judge({ value: 100, qualifier: '左右' }, { value: 104 }, '万人').verdict).toBe('met');
		expect(judge({ value: 100, qualifier: '左右' }, { value: 94 }, '万人').verdict).toBe('missed');
	});

	it('does not judge an exact figure or an unknown qualifier', () => {
		expect(judge({ value: 6, qualifier: null }, { value: 7 }, unit).verdict).toBe('not-judged');
		expect(judge({ value: 6, qualifier: '近' }, { value: 7 }, unit).verdict).toBe('not-judged');
	});

	it('lists years in words', () => {
		expect(yearList([2021, 2024])).toBe('2021、2024年');
		expect(yearList([])).toBe('无');
	});
});
