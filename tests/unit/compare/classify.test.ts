import { describe, expect, it } from 'vitest';
import { parseClassRules } from '../../../src/site/compare/class-rules.ts';
import * as classify from '../../../src/site/compare/classify.ts';
import { codePoint, DIFFERENCE_CLASSES, namePoints, type ClassifyOptions, type Context, type DifferenceClass } from '../../../src/site/compare/classify.ts';
import { rules } from './helpers.ts';

// The functions under test, with the project's rules.
const classifyDifference = (full: string, other: string, context: Context = { before: '', after: '' }, options: Omit<ClassifyOptions, 'rules'> = {}) =>
	classify.classifyDifference(full, other, context, { ...options, rules });
const recognitionReason = (full: string, other: string, context: Context) => classify.recognitionReason(full, other, context, rules);
const differenceRule = (c: DifferenceClass) => classify.differenceRule(c, rules);

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

	it('tells one measure, currency or magnitude word against another, or dropped, after a number', () => {
		expect(classifyDifference('所', '座', { before: '新建12', after: '学校' })).toBe('unit');
		expect(classifyDifference('', '美', { before: '3.4亿', after: '元，' })).toBe('unit');
		expect(classifyDifference('万', '亿', { before: '共8', after: '元' })).toBe('unit');
		expect(classifyDifference('座', '', { before: '建成9', after: '，' })).toBe('unit');
		// Not after a number: the same words are wording.
		expect(classifyDifference('所', '座', { before: '这一', after: '学校' })).toBe('unit');
		expect(classifyDifference('所', '座', { before: '每个', after: '学校' })).toBe('wording');
		expect(classifyDifference('', '美', { before: '很', after: '好' })).toBe('extra');
	});

	it('tells the same characters in another order', () => {
		expect(classifyDifference('牧农', '农牧')).toBe('order');
		expect(classifyDifference('牧农', '农业')).toBe('wording');
	});

	it('tells a year named relatively on one side and by its number on the other, only for the report’s own year', () => {
		const years = { reviews: [2019], plans: [2020] };
		expect(classifyDifference('一年来，', '2019年，', { before: '', after: '我们' }, { years })).toBe('year-name');
		expect(classifyDifference('今', '2020', { before: '', after: '年要' }, { years })).toBe('year-name');
		expect(classifyDifference('一年来，', '2018年，', { before: '', after: '我们' }, { years })).toBe('figure');
		expect(classifyDifference('一年来，', '2019年，', { before: '', after: '我们' })).toBe('figure');
	});

	it('suspects a recognition error only in a publication recognised from images, by three exact rules', () => {
		const recognised = { recognised: true };
		expect(classifyDifference('草', '茸', { before: '发展', after: '业' }, recognised)).toBe('recognition');
		expect(classifyDifference('草', '茸', { before: '发展', after: '业' })).toBe('wording');
		expect(classifyDifference('三', 'Z', { before: '第', after: '批' }, recognised)).toBe('recognition');
		expect(classifyDifference('', '河', { before: '黄河', after: '流域', otherBefore: '黄河', otherAfter: '流域' }, recognised)).toBe('recognition');
		expect(classifyDifference('', '河', { before: '黄河', after: '流域', otherBefore: '黄河', otherAfter: '流域' })).toBe('extra');
		expect(classifyDifference('', '长', { before: '黄河', after: '流域', otherBefore: '黄河', otherAfter: '流域' }, recognised)).toBe('extra');
		expect(recognitionReason('草', '茸', { before: '', after: '' })).toBe('lookalike');
		expect(recognitionReason('三', 'Z', { before: '第', after: '批' })).toBe('latin');
		expect(recognitionReason('', '河', { before: '黄河', after: '流域' })).toBe('doubled');
		expect(recognitionReason('', '长', { before: '黄河', after: '流域' })).toBeUndefined();
	});

	it('refuses two readings that are the same', () => {
		expect(() => classifyDifference('同', '同')).toThrow(/same/);
	});
});

describe('the class rules', () => {
	it('gives every class its one-line rule', () => {
		for (const c of DIFFERENCE_CLASSES) expect(differenceRule(c).length).toBeGreaterThan(10);
	});

	it('refuses a rules file with a bad entry, naming the file and where', () => {
		expect(() => parseClassRules('measureWords: []\n', 'x.yml')).toThrow(/^x\.yml:1: measureWords: /u);
		const base =
			'currencies: [元]\nmagnitudes: [万]\nmeasures: [吨]\nrelativeYears: { 去年: reviews }\nlookalikes: []\nrules: {}\nrecognitionReasons: { lookalike: a, latin: b, doubled: c }\n';
		expect(() => parseClassRules(`measureWords: [条, 条]\n${base}`, 'x.yml')).toThrow('x.yml:1: measureWords: 条 is listed twice');
		expect(() => parseClassRules(`measureWords: [条]\n${base.replace('reviews', 'later')}`, 'x.yml')).toThrow(/^x\.yml:5: relativeYears\.去年/u);
		expect(() => parseClassRules(`measureWords: [条]\n${base}`.replace('magnitudes: [万]', 'magnitudes: [万'), 'x.yml')).toThrow(/^x\.yml:\d+: not YAML: /u);
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
