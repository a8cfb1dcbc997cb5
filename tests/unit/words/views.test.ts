import { describe, expect, it } from 'vitest';
import type { ReportChanges, WordsData } from '../../../src/core/words/words-data.ts';
import { changeTable, keynessCsv, keynessTable, levelLabel } from '../../../src/site/words/views.ts';

const reaching = [
	{ p: '0.05', critical: 3.84, words: 2 },
	{ p: '0.01', critical: 6.63, words: 1 },
	{ p: '0.001', critical: 10.83, words: 1 },
	{ p: '0.0001', critical: 15.13, words: 0 },
] as const;
const keyness = {
	year: 2024,
	publication: '2024-full',
	tokens: 100,
	referenceTokens: 100,
	minFrequency: 3,
	tested: 3,
	reaching: reaching.map((r) => ({ ...r })),
	words: [
		{ word: '稀土', frequency: 10, referenceFrequency: 0, g2: 13.86, p: '0.001' as const },
		{ word: '开放', frequency: 6, referenceFrequency: 2, g2: 2.09, p: null },
	],
};
const publication = { id: '2024-full', year: 2024, edition: 'full', title: '2024年政府工作报告', recognised: false, characters: 300, tokens: 100, words: [] };
const data = {
	publications: [publication],
	keyness: [keyness],
	keynessRules: {
		levels: reaching.map(({ p, critical }) => ({ p, critical })),
		threshold: 15.13,
		p: '0.0001',
		minFrequency: { perTokens: 1000, least: 3, most: 5 },
		listed: 100,
		listedChanges: 20,
	},
} as unknown as WordsData;

describe('word tables', () => {
	it('show a level as p<…, and a G² reaching none as not significant', () => {
		expect(levelLabel('0.0001')).toBe('p<0.0001');
		expect(levelLabel(null)).toBe('不显著');
	});

	it('show each key word with its G², its level and its counts, and how many words reach each level, strictest first', () => {
		const table = keynessTable(keyness, publication);
		expect(table.rows.map((r) => [r.word, ...r.cells])).toEqual([
			['稀土', '13.86', 'p<0.001', '10', '0'],
			['开放', '2.09', '不显著', '6', '2'],
		]);
		expect(table.note).toBe('检验3个词（至少3次），达到各水平的词数：p<0.0001（G²≥15.13）0个，p<0.001（G²≥10.83）1个，p<0.01（G²≥6.63）1个，p<0.05（G²≥3.84）2个');
	});

	it('give each rising word both reports’ counts and rates per 10,000 words', () => {
		const changes: ReportChanges = {
			from: { year: 2021, publication: '2021-full' },
			to: { year: 2024, publication: '2024-full' },
			fromTokens: 4000,
			toTokens: 5000,
			rising: { minFrequency: 5, tested: 1, reaching: reaching.map((r) => ({ ...r })), words: [{ word: '力争', fromFrequency: 2, toFrequency: 18, g2: 11.2, p: '0.001' }] },
			falling: { minFrequency: 4, tested: 0, reaching: reaching.map((r) => ({ ...r, words: 0 })), words: [] },
		};
		expect(changeTable(changes, 'rising', 10).rows[0]!.cells).toEqual(['2（5.00）', '18（36.00）', '11.20', 'p<0.001']);
		expect(changeTable(changes, 'falling', 10).caption).toBe('2021→2024：下降的前0个词（按 G²）');
		// No word listed: the page says so instead of drawing an empty table (WordTable.astro).
		expect(changeTable(changes, 'falling', 10).rows).toEqual([]);
		expect(changeTable(changes, 'falling', 10).empty).toBe('2021→2024：没有下降的词（检验的词在2024年正文中所占的比例都不比2021年低）。');
	});

	it('write the key words to CSV with the level, the minimum frequency and the words per level of their report', () => {
		const [header, first, second] = keynessCsv(data, undefined)
			.replace(/^\uFEFF/u, '')
			.split('\r\n');
		expect(header).toBe(
			'年份,出版物,排名,词,G²,显著水平,本报告分词次数,其他报告分词次数,本报告正文词数,其他报告正文词数,最低次数,检验词数,达到p<0.05的词数,达到p<0.01的词数,达到p<0.001的词数,达到p<0.0001的词数,检索',
		);
		expect(first).toBe('2024,2024年政府工作报告,1,稀土,13.86,p<0.001,10,0,100,100,3,3,2,1,1,0,/search/?q=%E7%A8%80%E5%9C%9F&year=2024&edition=full');
		expect(second!.split(',').slice(3, 6)).toEqual(['开放', '2.09', '不显著']);
	});
});
