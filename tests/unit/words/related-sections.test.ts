import { describe, expect, it } from 'vitest';
import type { WordsData } from '../../../src/core/words/words-data.ts';
import { pagePairings, RELATED_SECTION_MIN_SCORE } from '../../../src/site/words/views.ts';

const section = (year: number, path: string, title: string) => ({ year, publication: `${year}-full`, path, id: 'top', title, page: '', characters: 500 });

describe('related sections beside a section page', () => {
	const data = {
		sections: [section(2024, '/2024/full/part-2/', '抓政策落地'), section(2021, '/2021/full/part-3/', '黄河流域生态保护'), section(2026, '/2026/summary/part-1/', '政策落地见效')],
		pairings: [
			{
				section: 0,
				matches: [
					{ year: 2021, nearest: [{ section: 1, score: 0.06, shared: ['发展'] }] },
					{ year: 2026, nearest: [{ section: 2, score: 0.21, shared: ['政策', '落地'] }] },
				],
			},
		],
	} as unknown as WordsData;

	it(`offers none below ${RELATED_SECTION_MIN_SCORE}, and those at or above it`, () => {
		const [pairing] = pagePairings(data, '/2024/full/part-2/');
		expect(pairing!.matches.map((m) => [m.year, m.nearest.map((n) => n.target.title)])).toEqual([
			[2021, []],
			[2026, ['政策落地见效']],
		]);
	});

	it('keeps a match exactly at the threshold', () => {
		const atThreshold = structuredClone(data);
		atThreshold.pairings[0]!.matches[0]!.nearest[0]!.score = RELATED_SECTION_MIN_SCORE;
		expect(pagePairings(atThreshold, '/2024/full/part-2/')[0]!.matches[0]!.nearest).toHaveLength(1);
	});
});
