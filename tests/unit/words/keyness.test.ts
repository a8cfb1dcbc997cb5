import { describe, expect, it } from 'vitest';
import { KEYNESS_MIN_FREQUENCY, KEYNESS_THRESHOLD, keyWords, logLikelihood } from '../../../src/core/words/keyness.ts';

describe('logLikelihood (Dunning G²)', () => {
	it('matches values computed by hand', () => {
		// a=10, b=0, c=d=100: E1=E2=5; G² = 2·10·ln(10/5) = 20·ln 2.
		expect(logLikelihood(10, 0, 100, 100)).toBeCloseTo(13.8629, 4);
		// a=20, b=10, c=d=1000: E=15; G² = 2(20 ln(4/3) + 10 ln(2/3)) = 3.39798.
		expect(logLikelihood(20, 10, 1000, 1000)).toBeCloseTo(3.39798, 4);
		// Unequal sizes: a=30, b=20, c=1000, d=4000: E1=10, E2=40;
		// G² = 2(30 ln 3 + 20 ln 0.5) = 2(32.95837 − 13.86294) = 38.19085.
		expect(logLikelihood(30, 20, 1000, 4000)).toBeCloseTo(38.19085, 4);
	});
	it('is 0 when the rates are equal or nothing is seen', () => {
		expect(logLikelihood(5, 20, 100, 400)).toBeCloseTo(0, 10);
		expect(logLikelihood(0, 0, 100, 100)).toBe(0);
	});
	it('refuses what is not a count', () => {
		expect(() => logLikelihood(-1, 0, 10, 10)).toThrow(/a must be a count/);
		expect(() => logLikelihood(11, 0, 10, 10)).toThrow(/cannot stand more often/);
	});
});

describe('keyWords', () => {
	const reference = new Map([
		['发展', 400],
		['稀土', 2],
		['其他', 3598],
	]);
	it('lists over-used words at or above the threshold, strongest first', () => {
		const target = new Map([
			['稀土', 30],
			['发展', 100],
			['其他', 870],
		]);
		const { words, passing } = keyWords(target, reference);
		expect(words.map((w) => w.word)).toEqual(['稀土']);
		expect(words[0]!.g2).toBeGreaterThanOrEqual(KEYNESS_THRESHOLD);
		expect(passing).toBe(1);
	});
	it('leaves out words below the minimum frequency, however skewed', () => {
		const target = new Map([
			['稀土', KEYNESS_MIN_FREQUENCY - 1],
			['其他', 996],
		]);
		expect(keyWords(target, reference).passing).toBe(0);
	});
});
