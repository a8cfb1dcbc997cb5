import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { agreement, parseGold } from '../../../scripts/lib/words/agreement.ts';
import { forceWords, GOLD_FILE } from '../../../scripts/lib/words/compare-segmenters.ts';
import { readCorpus } from '../../../scripts/lib/words/corpus.ts';
import { ROOT } from '../../support/real-corpus.ts';

const root = ROOT;

describe('agreement with a gold segmentation', () => {
	it('is perfect for the gold itself and counts boundaries only between two non-punctuation characters', () => {
		const gold = ['内蒙古', '的', '发展', '，', '很', '好'];
		expect(agreement(gold, gold).boundaries.f1).toBe(1);
		// 内蒙 | 古 adds a wrong boundary; 很好 misses one; the commas' boundaries are not counted.
		const found = agreement(gold, ['内蒙', '古', '的', '发展', '，', '很好']);
		// Gold inner boundaries: after 内蒙古, after 的, after 很 → 3; found: after 内蒙, 古, 的 → 3, two right.
		expect(found.boundaries.precision).toBeCloseTo(2 / 3);
		expect(found.boundaries.recall).toBeCloseTo(2 / 3);
		// Words right: 的, 发展, ， of 6 gold and 6 found.
		expect(found.words.precision).toBeCloseTo(3 / 6);
		expect(found.words.recall).toBeCloseTo(3 / 6);
	});

	it('refuses a segmentation of another text', () => {
		expect(() => agreement(['发展'], ['发', '达'])).toThrow(/does not spell/);
	});

	it('reads the gold file, refusing two spaces in a row with its line', () => {
		expect(parseGold('# c\n发展 很 好\n', 'g.txt')).toEqual([['发展', '很', '好']]);
		expect(() => parseGold('# c\n发展  好\n', 'g.txt')).toThrow(/^g\.txt:2: /);
		expect(() => parseGold('# only comments\n', 'g.txt')).toThrow(/no passage/);
	});
});

describe('forcing dictionary words whole', () => {
	it('removes the boundaries inside a dictionary word and adds them at its edges, longest first', () => {
		expect(forceWords(['铸', '牢', '中华', '民族', '共同', '体', '意识', '主线'], ['中华民族', '铸牢中华民族共同体意识'])).toEqual(['铸牢中华民族共同体意识', '主线']);
		expect(forceWords(['生态安', '全屏', '障'], ['安全'])).toEqual(['生态', '安全', '屏', '障']);
	});
});

describe('the gold fixture', () => {
	it('is, passage by passage, the literal text of a paragraph of the page entries (its whole or its beginning)', async () => {
		const corpus = await readCorpus(root);
		const texts = corpus.flatMap((p) => p.pages.flatMap((page) => page.blocks.map((b) => b.text)));
		const passages = parseGold(readFileSync(new URL(GOLD_FILE, root), 'utf8'), GOLD_FILE);
		expect(passages.length).toBeGreaterThanOrEqual(3);
		for (const words of passages) expect(texts.some((text) => text.startsWith(words.join('')))).toBe(true);
		expect(passages.flat().join('').length).toBeGreaterThanOrEqual(300);
	});
});
