import { describe, expect, it } from 'vitest';
import { leadingPerYear } from '../../../src/core/words/leading-edition.ts';

describe('leading edition', () => {
	it('counts each year once: the full text, else the summary, never the newspaper or infographic beside them', () => {
		const publications = [
			{ year: 2030, edition: 'newspaper', id: 'a' },
			{ year: 2030, edition: 'full', id: 'b' },
			{ year: 2030, edition: 'infographic', id: 'c' },
			{ year: 2031, edition: 'infographic', id: 'd' },
			{ year: 2031, edition: 'summary', id: 'e' },
			{ year: 2031, edition: 'newspaper', id: 'f' },
		];
		expect(leadingPerYear(publications).map((p) => p.id)).toEqual(['b', 'e']);
	});
});
