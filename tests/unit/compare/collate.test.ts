import { printCuts } from '../../../src/site/compare/cuts.ts';
import { describe, expect, it } from 'vitest';
import { collate } from '../../../src/site/compare/collate.ts';
import { fixtureBlocks, realBlocks, rules } from './helpers.ts';

describe('a digest against its full text (fixtures)', () => {
	const full = fixtureBlocks('full-part.md');
	const digest = fixtureBlocks('digest-part.md');
	const { entries, unpaired, summary } = collate(full, digest, 'excerpt', { rules });
	const entry = (start: string) => entries.find((e) => e.other.text.startsWith(start))!;

	it('pairs every digest block that prints full-text words, and lists the one that does not', () => {
		expect(unpaired.map((b) => b.text)).toEqual(['图解独有的一条：扫码观看视频']);
		expect(summary.blocks).toBe(digest.length);
		expect(summary.paired + summary.unpaired).toBe(summary.blocks);
	});

	it('classifies each block by its weightiest difference', () => {
		expect(entry('一是').status).toBe('wording');
		expect(entry('全区引进').status).toBe('punctuation');
		expect(entry('国家级滑雪').status).toBe('missing');
		expect(entry('稀土').diff.differences.map((d) => d.codePoints)).toEqual(['铈 U+94C8 ↔ 铌 U+94CC']);
		expect(entry('加工转化率').classes).toEqual(['unit', 'missing', 'punctuation']);
		expect(entry('风光氢储').status).toBe('figure');
		expect(entry('浙大').classes).toEqual(['unit', 'shape', 'punctuation']);
	});

	it('names both readings by page and place, never by id alone', () => {
		const e = entry('在建高速铁路');
		// Its section and its number in the page's margin, as its citation gives it.
		expect(e.full.place).toBe('一是全力推动经济发展快进优进 · 第2段');
		expect(e.other.place).toBe('一是全力推动经济发展快进迸 · 第3段');
		expect(e.full.path).toBe('/fixture/full-part.md/');
		for (const { full: a, other: b } of entries) for (const place of [a.place, b.place]) expect(place).not.toMatch(/^[a-z]+\d/);
	});

	it('counts the blocks and the differences of each class', () => {
		expect(summary.blocksWith.figure).toBe(entries.filter((e) => e.classes.includes('figure')).length);
		expect(summary.differences.unit).toBe(2);
		expect(summary.differences.shape).toBe(1);
		expect(summary.identical).toBe(1);
	});
});

describe('the 2024 newspaper against the full text', () => {
	const { entries, unpaired, summary } = collate(realBlocks('2024-full'), realBlocks('2024-newspaper'), 'whole', { rules });

	it('pairs every newspaper block with a full-text block', () => {
		expect(unpaired).toEqual([]);
		expect(summary.paired).toBe(summary.blocks);
	});

	it('marks 铈 against 铌 and the dropped 了 in item 二, and names 一 against — in item 三', () => {
		const two = entries.find((e) => e.other.text.startsWith('二是坚持链式思维'))!;
		expect(two.diff.differences.filter((d) => d.class !== 'punctuation').map((d) => [d.class, d.full, d.other])).toEqual([
			['wording', '铈', '铌'],
			['missing', '了', ''],
		]);
		const three = entries.find((e) => e.other.text.startsWith('三是推动科技创新'))!;
		expect(three.diff.differences).toContainEqual(expect.objectContaining({ class: 'shape', full: '一', other: '—', codePoints: '一 U+4E00 ↔ — U+2014' }));
	});

	it('does not count as missing the text the newspaper continues on a page it does not include', () => {
		const last = entries.find((e) => e.other.cut?.to)!;
		expect(last).toBeDefined();
		expect(last.diff.full.at(-1)!.mark).toBe('outside');
		expect(last.classes).not.toContain('missing');
	});
});

describe('the 2024 infographic against the full text', () => {
	const { entries } = collate(realBlocks('2024-full'), realBlocks('2024-infographic'), 'excerpt', { rules });

	it('finds 快进迸 where the full text reads 快进优进', () => {
		const heading = entries.find((e) => e.other.text === '一是全力推动经济发展快进迸')!;
		expect(heading.full.text.startsWith('一是全力推动经济发展快进优进')).toBe(true);
		expect(heading.diff.differences).toEqual([{ class: 'wording', full: '优', other: '迸', codePoints: '优 U+4F18 ↔ 迸 U+8FF8', fullAt: [12, 13] }]);
	});

	it('finds 276.2 亿元 where the full text reads 2762 亿元', () => {
		const item = entries.find((e) => e.other.text.includes('276.2'))!;
		expect(item.diff.differences).toContainEqual(expect.objectContaining({ class: 'figure', full: '', other: '.' }));
	});
});

describe('where the 2024 newspaper print is cut', () => {
	const cuts = printCuts(collate(realBlocks('2024-full'), realBlocks('2024-newspaper'), 'whole', { rules }));

	it('names the page it goes on to, the words it stops at and the full text it leaves out', () => {
		const to = cuts.find((c) => c.direction === 'to')!;
		expect(to).toMatchObject({ page: '第五版' });
		expect(to.block.text.trim().endsWith(to.words)).toBe(true);
		expect(to.full!.text.replace(/\s/gu, '').includes(to.words.replace(/\s/gu, ''))).toBe(true);
		expect(to.beyond).toBeGreaterThan(0);
	});

	it('names the page it comes from', () => {
		expect(cuts.find((c) => c.direction === 'from')).toMatchObject({ page: '第一版' });
	});
});
