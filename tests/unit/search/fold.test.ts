import { describe, expect, test } from 'vitest';
import { normalize, normalizeText, queryTerms, requiredTerms } from '../../../src/core/search/fold.ts';

describe('search normalisation', () => {
	test('ignores white space, as the newspaper sets “650 个”', () => {
		expect(normalize('650 个')).toBe('650个');
		expect(normalize('近 1.4\u3000万亿元\n')).toBe('近1.4万亿元');
	});
	test('folds full-width forms to half-width', () => {
		expect(normalize('0.2％')).toBe('0.2%');
		expect(normalize('ＰＭ２.５')).toBe('pm2.5');
		expect(normalize('（一）')).toBe('(一)');
	});
	test('treats 〇 and ○ in numerals as one', () => {
		expect(normalize('二○三五年')).toBe(normalize('二〇三五年'));
	});
	test('matches Latin letters in either case, q among them, and leaves other Chinese punctuation alone', () => {
		expect(normalize('GDP')).toBe('gdp');
		expect(normalize('Q4 AQI')).toBe('q4aqi');
		expect(normalize('（一）；。、')).toBe('(一);。、');
	});
	test('treats curly and straight quotation marks as one', () => {
		expect(normalize('“国之大者”')).toBe('"国之大者"');
		expect(normalize('"国之大者"')).toBe('"国之大者"');
		expect(normalize('＂国之大者＂')).toBe('"国之大者"');
		expect(normalize('‘三北’')).toBe("'三北'");
		expect(normalize("'三北'")).toBe("'三北'");
	});
	test('drops invisible format characters', () => {
		expect(normalize('鄂\u200b尔多斯\ufeff')).toBe('鄂尔多斯');
	});
	test('maps every folded character back to where it stands in the original', () => {
		const original = 'a 0.2％ ○';
		const { text, starts, ends } = normalizeText(original);
		expect(text).toBe('a0.2%〇');
		expect(starts).toEqual([0, 2, 3, 4, 5, 7]);
		expect(ends).toEqual([1, 3, 4, 5, 6, 8]);
	});
	test('keeps a character outside the basic plane whole', () => {
		const { text, starts, ends } = normalizeText('𠀀 x');
		expect(text).toBe('𠀀x');
		expect(starts).toEqual([0, 0, 3]);
		expect(ends).toEqual([2, 2, 4]);
	});
});

describe('query terms', () => {
	test('a query is one string, its white space ignored', () => {
		expect(queryTerms('增长 6%')).toEqual(['增长6%']);
		expect(queryTerms('  5 个百分点\u3000')).toEqual(['5个百分点']);
		expect(queryTerms('   ')).toEqual([]);
	});
	test('several strings only when joined by a plus sign with white space on both sides', () => {
		expect(queryTerms('鄂尔多斯 + 包头 ＋ 鄂尔多斯')).toEqual(['鄂尔多斯', '包头']);
		expect(queryTerms('5G+ 1+N')).toEqual(['5g+1+n']);
		expect(queryTerms(' + ')).toEqual([]);
	});
	test('a query longer than 500 characters is cut to 500', () => {
		expect(queryTerms('发'.repeat(600))[0]).toHaveLength(500);
	});
	test('a term inside another term adds no condition', () => {
		expect(requiredTerms(['发展', '高质量发展', '包头'])).toEqual(['高质量发展', '包头']);
	});
});
