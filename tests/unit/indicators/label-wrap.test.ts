import { describe, expect, it } from 'vitest';
import { charactersPerLine, wrapLabel } from '../../../src/core/indicators/label-placement.ts';

describe('an axis label that wraps instead of being cut', () => {
	it('breaks a long indicator name into lines that fit, keeping every character', () => {
		const name = '规模以上工业增加值增长';
		const lines = wrapLabel(name, 6);
		expect(lines).toEqual(['规模以上工业', '增加值增长']);
		expect(lines.join('')).toBe(name);
		expect(wrapLabel('单位地区生产总值能耗降低', 5).every((line) => [...line].length <= 5)).toBe(true);
		// Filled evenly: two lines of 6 and 5, not 9 and 2.
		expect(wrapLabel(name, 9)).toEqual(['规模以上工业', '增加值增长']);
	});

	it('leaves a short name on one line', () => {
		expect(wrapLabel('城镇调查失业率', 12)).toEqual(['城镇调查失业率']);
	});

	it('keeps a run of digits and letters whole and a closing mark off a line’s start', () => {
		expect(wrapLabel('细颗粒物PM2.5浓度', 5)).toEqual(['细颗粒物', 'PM2.5', '浓度']);
		expect(wrapLabel('增长（当年）。', 4)).toEqual(['增长（当', '年）。']);
		expect(wrapLabel('一二三。四五六', 3)).toEqual(['一二三。', '四五六']);
	});

	it('fits as many characters as the column holds, never fewer than four', () => {
		expect(charactersPerLine(132, 12)).toBe(11);
		expect(charactersPerLine(20, 12)).toBe(4);
	});
});
