import { describe, expect, test } from 'vitest';
import { escapeMeta, unescapeMeta } from '../../../src/core/search/meta-escape.ts';

describe('metadata escape', () => {
	test('leaves no q or Q in the stored text, so no metadata word can start like an index word', () => {
		const stored = escapeMeta('四季度（Q4）空气质量指数AQI、IQ与quality');
		expect(stored).not.toMatch(/[qQ]/);
		expect(stored).toContain('四季度（');
	});
	test('gives back any text exactly, private-use characters included', () => {
		for (const text of ['Q4 AQI', 'qq\ue000q\ue001Q\ue002', '\ue000', '鄂尔多斯', '𠀀q', '']) expect(unescapeMeta(escapeMeta(text))).toBe(text);
	});
	test('changes nothing in text without q or private-use characters', () => {
		expect(escapeMeta('全区引进到位资金4778亿元，增长40.2％。')).toBe('全区引进到位资金4778亿元，增长40.2％。');
	});
});
