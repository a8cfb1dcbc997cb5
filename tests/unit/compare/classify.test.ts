import { describe, expect, it } from 'vitest';
import { classifyDifference, codePoint, namePoints } from '../../../src/site/compare/classify.ts';

describe('classifyDifference', () => {
	it('tells a different figure, also a decimal point or a digit dropped inside a number', () => {
		expect(classifyDifference('6', '5.5', { before: '控制在', after: '%' })).toBe('figure');
		expect(classifyDifference('', '.', { before: '76', after: '2' })).toBe('figure');
		expect(classifyDifference('2', '', { before: ' 7', after: '%' })).toBe('figure');
		expect(classifyDifference('60条', 'E0零', { before: '同城化', after: '落地' })).toBe('figure');
		expect(classifyDifference('', '2', { before: '蒙近', after: '千人' })).toBe('figure');
		expect(classifyDifference('.', '', { before: '区 ', after: '' })).toBe('punctuation');
	});

	it('tells a unit beside a number, also after a magnitude', () => {
		expect(classifyDifference('条', '项', { before: '35', after: '硬措' })).toBe('unit');
		expect(classifyDifference('度', '', { before: '0亿', after: '、' })).toBe('unit');
		expect(classifyDifference('%', '个百分点', { before: '12', after: '' })).toBe('unit');
	});

	it('tells characters that look alike from different characters', () => {
		expect(classifyDifference('一', '—', { before: '浙大', after: '包头' })).toBe('shape');
		expect(classifyDifference('〇', '○')).toBe('shape');
		expect(classifyDifference('铈', '铌')).toBe('wording');
		expect(classifyDifference('优', '迸')).toBe('wording');
	});

	it('tells punctuation and character width only', () => {
		expect(classifyDifference('，', ',')).toBe('punctuation');
		expect(classifyDifference('“', '"')).toBe('punctuation');
		expect(classifyDifference('、', ',')).toBe('punctuation');
		expect(classifyDifference('；', '')).toBe('punctuation');
		expect(classifyDifference('４', '4')).toBe('shape');
	});

	it('tells text one side has and the other has not', () => {
		expect(classifyDifference('了', '', { before: '达到', after: '72' })).toBe('missing');
		expect(classifyDifference('', '感有')).toBe('extra');
		expect(classifyDifference('增长15.4%，', '')).toBe('missing');
	});

	it('refuses two readings that are the same', () => {
		expect(() => classifyDifference('同', '同')).toThrow(/same/);
	});
});

describe('code points', () => {
	it('names each character by its code point, astral characters too', () => {
		expect(codePoint('一')).toBe('一 U+4E00');
		expect(codePoint('𠮷')).toBe('𠮷 U+20BB7');
		expect(namePoints('一', '—')).toBe('一 U+4E00 ↔ — U+2014');
		expect(namePoints('了', '')).toBe('了 U+4E86 ↔ （无）');
	});
});
