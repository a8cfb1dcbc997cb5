import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CorpusPublication } from '../../../scripts/lib/words/corpus.ts';
import { readCorpus } from '../../../scripts/lib/words/corpus.ts';
import { generateWords, wordsJson } from '../../../scripts/lib/words/run.ts';
import { MIN_SECTION_CHARACTERS, MIN_SIMILARITY, PAIRED_YEARS, pairedYears, pairSections, sectionsOf, similarity, tfidf } from '../../../scripts/lib/words/sections.ts';
import type { Section, WordsData } from '../../../src/core/words/words-data.ts';
import { WORDS_FILE } from '../../../src/core/words/words-data.ts';
import { ROOT } from '../../support/real-corpus.ts';

const long = (text: string) => text.repeat(Math.ceil(MIN_SECTION_CHARACTERS / text.length) + 1);

function publication(blocks: Array<[string, string]>, outline: Array<[string, string]>): CorpusPublication {
	return {
		publication: { id: '2021-full', year: 2021, edition: 'full', shape: 'full-text', title: 't' } as never,
		pages: [
			{
				file: 'f.md',
				page: {
					slug: 'part-1',
					kind: 'part',
					number: 1,
					title: '一、回顾',
					order: 1,
					outline: [{ id: 'top', depth: 1, kind: 'page', text: '一、回顾' }, ...outline.map(([id, text]) => ({ id, depth: 2, kind: 'section', text }))],
					ids: [],
				} as never,
				path: '/2021/full/part-1/',
				blocks: blocks.map(([id, text]) => ({ id, text, type: 'paragraph', heading: '' })),
				terms: [],
			},
		],
	};
}

describe('sections of a publication', () => {
	it('start at each depth-2 outline entry, with the page’s opening text a section of its own, bare headings left out', () => {
		const units = sectionsOf(
			publication(
				[
					['top', '一、回顾'],
					['p1', long('开篇的话。')],
					['s1', '（一）生态'],
					['s1-p1', long('草原生态。')],
					['s2', '（二）只有标题'],
					['s3', '（三）开放'],
					['s3-p1', long('口岸开放。')],
				],
				[
					['s1', '（一）生态'],
					['s2', '（二）只有标题'],
					['s3', '（三）开放'],
				],
			),
		);
		expect(units.map((u) => [u.id, u.title, u.texts.length])).toEqual([
			['top', '一、回顾', 2],
			['s1', '（一）生态', 2],
			['s3', '（三）开放', 2],
		]);
		expect(units.every((u) => u.characters >= MIN_SECTION_CHARACTERS)).toBe(true);
	});
});

describe('TF-IDF and cosine', () => {
	it('give 1 for the same words, 0 for none shared, and ignore a word every document holds', () => {
		const [a, b, c] = tfidf([
			['草原', '生态', '发展'],
			['草原', '生态', '发展'],
			['口岸', '开放', '发展'],
		]);
		expect(similarity(a!, b!).score).toBeCloseTo(1);
		expect(similarity(a!, c!).score).toBe(0);
		expect(a!.has('发展')).toBe(false);
		expect(similarity(a!, b!).shared.sort()).toEqual(['生态', '草原']);
	});

	it('pair each section only with other years’ sections, nearest first', () => {
		const section = (year: number, id: string): Section => ({ publication: `${year}-full`, year, path: `/${year}/full/part-1/`, id, title: id, page: 'p', characters: 100 });
		const sections = [section(2021, 'a'), section(2021, 'b'), section(2024, 'c'), section(2024, 'd')];
		const words = [
			['草原', '生态', '保护'],
			['口岸', '开放', '合作'],
			['草原', '生态', '治理'],
			['口岸', '开放', '班列'],
		];
		const pairings = pairSections(sections, words);
		expect(pairings[0]!.matches.map((m) => m.year)).toEqual([2024]);
		expect(pairings[0]!.matches[0]!.nearest.map((n) => sections[n.section]!.id)).toEqual(['c']);
		expect(pairings[3]!.matches[0]!.nearest.map((n) => sections[n.section]!.id)).toEqual(['b']);
		expect(pairings[3]!.matches[0]!.nearest[0]!.shared.sort()).toEqual(['口岸', '开放']);
	});
});

describe('the similarity threshold', () => {
	it('pairs no sections that share too little, however nearest they are', () => {
		const section = (year: number, id: string): Section => ({ publication: `${year}-full`, year, path: `/${year}/full/part-1/`, id, title: id, page: 'p', characters: 100 });
		const sections = [section(2021, 'a'), section(2024, 'b'), section(2024, 'c')];
		// One shared word out of many: a cosine above 0 (about 0.02), far below the threshold.
		const words = [
			['草原', '生态', '保护', '治理', '牧区', '沙化', '湿地', '森林'],
			['草原', '口岸', '开放', '合作', '班列', '物流', '贸易', '通道'],
			['科技', '人才', '教育', '创新', '平台', '成果', '转化', '研发'],
		];
		const vectors = tfidf(words);
		expect(similarity(vectors[0]!, vectors[1]!).score).toBeGreaterThan(0);
		expect(similarity(vectors[0]!, vectors[1]!).score).toBeLessThan(MIN_SIMILARITY);
		expect(pairSections(sections, words)[0]!.matches[0]!.nearest).toEqual([]);
	});
});

describe('the similarity threshold on the three reports', () => {
	const data = JSON.parse(readFileSync(new URL(WORDS_FILE, ROOT), 'utf8')) as WordsData;
	const section = (year: number, title: string) => {
		const i = data.sections.findIndex((s) => s.year === year && s.title.startsWith(title));
		expect(i, `${year} ${title}`).toBeGreaterThanOrEqual(0);
		return i;
	};
	const nearest = (from: number, year: number) => data.pairings[from]!.matches.find((m) => m.year === year)!.nearest[0];

	// Pairs read and judged by hand: the same subject in two years, at cosines of 0.11 to 0.15.
	it.each([
		[2021, '（九）加强基本民生保障和社会治理', 2024, '（九）民生事始终是要事'],
		[2021, '（七）持续改善生态环境质量', 2024, '（七）站在“国之大者”的高度建设好我国北方重要生态安全屏障'],
		[2024, '四是更加注重用改革的办法破解难题', 2021, '（六）更大力度推进改革开放'],
		[2024, '七是用心用力办好民生实事', 2021, '（八）民生得到有力保障'],
	])('shows %i %s with its counterpart of %i, %s', (fromYear, fromTitle, toYear, toTitle) => {
		const match = nearest(section(fromYear, fromTitle), toYear);
		expect(match).toBeDefined();
		expect(data.sections[match!.section]!.title.startsWith(toTitle)).toBe(true);
	});

	// A pair of unrelated subjects (0.09), the best the words find for it: not shown.
	it('shows no match for 2026’s 民族团结 section in 2021, whose nearest is 加强政府自身建设', () => {
		expect(nearest(section(2026, '这五年民族团结局面持续巩固'), 2021)).toBeUndefined();
		expect(MIN_SIMILARITY).toBe(data.rules.minSimilarity);
	});
});

describe('paired years', () => {
	it('are every other year while there are few, else the nearest in time, so that the pairings grow with the shelf', () => {
		expect(pairedYears([2021, 2024, 2026], 2021)).toEqual([2024, 2026]);
		const many = Array.from({ length: 30 }, (_, i) => 1990 + i);
		expect(pairedYears(many, 2000)).toHaveLength(PAIRED_YEARS);
		expect(pairedYears(many, 2000)).toEqual([1998, 1999, 2001, 2002]);
		expect(pairedYears(many, 1990)).toEqual([1991, 1992, 1993, 1994]);
	});
});

describe('content/words/words.json', () => {
	it('is what the words step writes from the page entries now (npm run words)', async () => {
		const text = wordsJson(await generateWords(ROOT, await readCorpus(ROOT)));
		expect(readFileSync(new URL(WORDS_FILE, ROOT), 'utf8')).toBe(text);
	});
});
