import { describe, expect, test } from 'vitest';
import { encodeCharacter, indexIsExact, MARK, paragraphWords, termWords, WINDOW } from '../../../src/core/search/index-words.ts';
import { matches } from '../../support/pagefind-rule.ts';

describe('index words', () => {
	test('are lower-case Latin letters and digits starting with the mark', () => {
		for (const word of paragraphWords('鄂尔多斯PM2.5，“六个工程”𠀀')) expect(word).toMatch(new RegExp(`^${MARK}[0-9a-z]+$`));
	});
	test('one per character, each as long as every other', () => {
		const words = paragraphWords('全区引进到位资金4778亿元');
		expect(words).toHaveLength(14);
		expect(new Set(words.map((w) => w.length)).size).toBe(1);
	});
	test('the character code is prefix-free, also beyond the basic plane', () => {
		const codes = ['a', '鄂', '％', '𠀀', '\uffff'].map(encodeCharacter);
		for (const a of codes) for (const b of codes) if (a !== b) expect(b.startsWith(a)).toBe(false);
		expect(() => encodeCharacter('\0')).toThrow();
	});
	test('every substring up to the window is found, and only where it occurs', () => {
		const text = '推进延链补链强链项目650个，16条重点产业链';
		const words = paragraphWords(text);
		const chars = [...text];
		for (let start = 0; start < chars.length; start++) {
			for (let length = 1; length <= WINDOW && start + length <= chars.length; length++) {
				const [word] = termWords(chars.slice(start, start + length).join(''));
				expect(matches(words, word!)).toBe(true);
			}
		}
		for (const absent of ['链项', '项目6', '650个，16条重', '产业链链']) {
			const pieces = termWords(absent);
			const everyPiece = pieces.every((piece) => matches(words, piece));
			expect(everyPiece).toBe(text.includes(absent));
		}
	});
	test('no indexed word is a shorter prefix of a query word (Pagefind would fall back to it)', () => {
		const words = paragraphWords('鄂尔多斯');
		const query = termWords('斯市')[0]!;
		expect(words.some((word) => query.startsWith(word) && word !== query)).toBe(false);
	});
	test('a longer term becomes window-long pieces that cover it', () => {
		const term = '以铸牢中华民族共同体意识为各项工作的主线';
		const pieces = termWords(term);
		expect(pieces).toHaveLength(Math.ceil([...term].length / WINDOW));
		expect(pieces.every((piece) => piece.length === termWords(term.slice(0, WINDOW))[0]!.length)).toBe(true);
		expect(indexIsExact([term])).toBe(false);
		expect(indexIsExact(['鄂尔多斯', '新质生产力'])).toBe(true);
	});
});
