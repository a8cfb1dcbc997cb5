import { describe, expect, it } from 'vitest';
import type { CorpusPage, CorpusPublication } from '../../../scripts/lib/words/corpus.ts';
import { reportsOf } from '../../../scripts/lib/words/frequency.ts';
import { reportBodies, reportChanges, reportKeyness } from '../../../scripts/lib/words/keyness.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { keyWords, logLikelihood, minFrequency, significance, SIGNIFICANCE_LEVELS } from '../../../src/core/words/keyness.ts';

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

describe('significance', () => {
	it('is the strictest conventional level a G² reaches (χ², one degree of freedom), or none', () => {
		expect(SIGNIFICANCE_LEVELS.map((l) => [l.p, l.critical])).toEqual([
			['0.05', 3.84],
			['0.01', 6.63],
			['0.001', 10.83],
			['0.0001', 15.13],
		]);
		expect(significance(3.83)).toBeNull();
		expect(significance(3.84)).toBe('0.05');
		expect(significance(6.62)).toBe('0.05');
		expect(significance(6.63)).toBe('0.01');
		expect(significance(10.83)).toBe('0.001');
		expect(significance(15.12)).toBe('0.001');
		expect(significance(15.13)).toBe('0.0001');
		expect(significance(40)).toBe('0.0001');
	});
});

describe('minFrequency', () => {
	it('is one per thousand words of the text, at least 3 and at most 5', () => {
		expect(minFrequency(10)).toBe(3);
		expect(minFrequency(1483)).toBe(3);
		expect(minFrequency(3001)).toBe(4);
		expect(minFrequency(4702)).toBe(5);
		expect(minFrequency(50_000)).toBe(5);
	});
});

describe('keyWords', () => {
	// c = d = 100, so a word needs 3 in the target (minFrequency(100)).
	const target = new Map([
		['稀土', 10],
		['开放', 6],
		['牧区', 2],
		['其他', 82],
	]);
	const reference = new Map([
		['开放', 2],
		['其他', 98],
	]);
	it('ranks the over-used words by G², each with its counts and the level it reaches, the others shown as reaching none', () => {
		const list = keyWords(target, reference);
		// 稀土: a=10, b=0, E=5: 20 ln 2 = 13.86 (p < 0.001). 开放: a=6, b=2, E=4:
		// 2(6 ln 1.5 + 2 ln 0.5) = 2(2.43279 − 1.38629) = 2.09, no level. 其他 is under-used; 牧区 too rare.
		expect(list.words).toEqual([
			{ word: '稀土', frequency: 10, referenceFrequency: 0, g2: 13.86, p: '0.001' },
			{ word: '开放', frequency: 6, referenceFrequency: 2, g2: 2.09, p: null },
		]);
		expect(list.minFrequency).toBe(3);
		expect(list.tested).toBe(2);
		expect(list.reaching.map((r) => [r.p, r.words])).toEqual([
			['0.05', 1],
			['0.01', 1],
			['0.001', 1],
			['0.0001', 0],
		]);
	});
	it('shows at most the number asked for, strongest first', () => {
		expect(keyWords(target, reference, 1).words.map((w) => w.word)).toEqual(['稀土']);
	});
});

/** Splits at every ， and 。: enough to count whole words. */
const byPunctuation = (text: string) => text.split(/(?=[,。])|(?<=[,。])/u).filter(Boolean);

function page(id: string, slug: string, kind: 'part' | 'annex', texts: string[]): CorpusPage {
	return {
		file: `content/publication-pages/${id}/${slug}.md`,
		page: { slug, kind, order: kind === 'annex' ? 2 : 1, outline: [], ids: texts.map((_, i) => `p${i + 1}`) } as never,
		path: `/${id}/${slug}/`,
		blocks: texts.map((text, i) => ({ id: `p${i + 1}`, text, type: 'paragraph', heading: '' })),
		terms: [],
	};
}

function publication(id: string, year: number, edition: Publication['edition'], pages: CorpusPage[]): CorpusPublication {
	return { publication: { id, year, edition, shape: 'full-text', title: `${year}年报告`, file: `${id}.txt` } as Publication, pages };
}

const repeat = (word: string, n: number) => Array<string>(n).fill(word).join('，');

describe('keyness and changes between reports', () => {
	const corpus = [
		publication('2021-full', 2021, 'full', [page('2021-full', 'part-1', 'part', [`${repeat('发展', 6)}，${repeat('生态', 4)}。`])]),
		publication('2024-newspaper', 2024, 'newspaper', [page('2024-newspaper', 'part-1', 'part', [`${repeat('稀土', 9)}。`])]),
		publication('2024-full', 2024, 'full', [
			page('2024-full', 'part-1', 'part', [`${repeat('开放', 6)}，${repeat('生态', 4)}。`]),
			page('2024-full', 'annex-1', 'annex', [`${repeat('牵头责任单位', 6)}。`]),
		]),
	];
	const reports = reportsOf(corpus);
	const bodies = reportBodies(reports, corpus, byPunctuation, new Set());

	it('compare body with body, each report by its leading edition: neither the annex nor the newspaper is counted', () => {
		const [, k2024] = reportKeyness(reports, bodies);
		expect(k2024).toMatchObject({ publication: '2024-full', tokens: 10, referenceTokens: 10 });
		expect(k2024!.words.map((w) => w.word)).toEqual(['开放']);
	});

	it('rank the words rising and falling by G², with the level each reaches; the annex’s words never rise', () => {
		const changes = reportChanges(reports[0]!, reports[1]!, bodies[0]!, bodies[1]!);
		// 开放: a=6, b=0, c=d=10, E=3: 12 ln 2 = 8.32 (p < 0.01); 发展 the same, falling.
		expect(changes.rising.words).toEqual([{ word: '开放', fromFrequency: 0, toFrequency: 6, g2: 8.32, p: '0.01' }]);
		expect(changes.falling.words).toEqual([{ word: '发展', fromFrequency: 6, toFrequency: 0, g2: 8.32, p: '0.01' }]);
		expect(changes.rising.words.map((w) => w.word)).not.toContain('牵头责任单位');
		expect([changes.fromTokens, changes.toTokens]).toEqual([10, 10]);
	});
});
