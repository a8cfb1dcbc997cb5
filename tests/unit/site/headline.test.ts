import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headlineTargets } from '../../../src/site/indicators/headline.ts';
import { indicatorFileSchema } from '../../../src/core/schemas/indicator.ts';

const { series } = indicatorFileSchema.parse(JSON.parse(readFileSync(new URL('../../../content/indicators/indicators.json', import.meta.url), 'utf8')));

describe('headlineTargets', () => {
	it.each([2021, 2024, 2026])('gives the %i report’s first targets in its own words, linked to their paragraphs', (year) => {
		const targets = headlineTargets(series, year);
		expect(targets.length).toBe(4);
		expect(targets[0]!.name).toBe('地区生产总值增长');
		for (const target of targets) expect(target.source).toMatch(new RegExp(`^/${year}/`));
	});

	it('gives none for a year no report plans', () => {
		expect(headlineTargets(series, 2023)).toEqual([]);
	});
});
