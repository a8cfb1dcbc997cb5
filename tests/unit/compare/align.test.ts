import { describe, expect, it } from 'vitest';
import { alignBlocks, containment, foldForAlignment } from '../../../src/site/compare/align.ts';

describe('alignBlocks', () => {
	it('pairs by text, not by position: several digest items may come from one paragraph', () => {
		const full = ['各位代表：现在我代表自治区人民政府作报告', '全区引进到位资金 4778 亿元、增长 40.2%，在建高速快速铁路 1700 多公里', '稀土、铈、锂等战略资源勘探实现新突破'];
		const other = ['全区引进到位资金4778亿元', '在建高速铁路1700多公里', '稀土、铌、锂等战略资源勘探实现新突破'];
		expect(alignBlocks(full, other).match).toEqual([1, 1, 2]);
	});

	it('leaves unmatched a block the full text does not hold, and an empty one', () => {
		const { match, score } = alignBlocks(['一年来，我们坚持稳中求进'], ['扫码观看视频', '', '一年来，我们坚持稳中求进']);
		expect(match).toEqual([-1, -1, 0]);
		expect(score).toEqual([0, 0, 1]);
	});

	it('keeps the reading order, taking a block out of order only when it matches almost whole', () => {
		const full = ['甲乙丙丁戊己庚辛', '子丑寅卯辰巳午未', '天地玄黄宇宙洪荒'];
		// The last block repeats the first paragraph whole: out of order, but whole.
		expect(alignBlocks(full, ['子丑寅卯辰巳', '天地玄黄宇宙', '甲乙丙丁戊己']).match).toEqual([1, 2, 0]);
		// Half of it only: not taken out of order.
		expect(alignBlocks(full, ['子丑寅卯辰巳', '天地玄黄宇宙', '甲乙丙丁天天天天']).match).toEqual([1, 2, -1]);
	});

	it('handles empty publications', () => {
		expect(alignBlocks([], ['一段']).match).toEqual([-1]);
		expect(alignBlocks(['一段'], []).match).toEqual([]);
	});
});

describe('the text as alignment compares it', () => {
	it('drops white space and punctuation, folds width, keeps the per cent sign', () => {
		expect(foldForAlignment('增长 40.2％，“断头路”')).toBe('增长402%断头路');
	});

	it('scores the share of a block’s character pairs another holds', () => {
		expect(containment(new Set(['甲乙', '乙丙']), new Set(['甲乙', '丙丁']))).toBe(0.5);
		expect(containment(new Set(), new Set(['甲乙']))).toBe(0);
	});
});
