import { describe, expect, test } from 'vitest';
import { encodeCharacter, MARK, paragraphWords, termQuery } from '../../../src/core/search/index-words.ts';
import { matchPlaces } from '../../support/pagefind-rule.ts';

const occurrences = (text: string, term: string) => {
	let count = 0;
	for (let at = text.indexOf(term); at !== -1; at = text.indexOf(term, at + 1)) count++;
	return count;
};

describe('index words', () => {
	test('are lower-case Latin letters and digits starting with the mark, for any text', () => {
		for (const word of paragraphWords('鄂尔多斯pm2.5,“六个工程”𠀀q4aqi\u0000')) expect(word).toMatch(new RegExp(`^${MARK}[0-9a-z]+$`));
	});
	test('one per character: its bigram with the next, and the last character alone', () => {
		const words = paragraphWords('内蒙古');
		expect(words).toEqual([MARK + encodeCharacter('内') + encodeCharacter('蒙'), MARK + encodeCharacter('蒙') + encodeCharacter('古'), MARK + encodeCharacter('古')]);
		expect(paragraphWords('煤')).toEqual([MARK + encodeCharacter('煤')]);
		expect(paragraphWords('')).toEqual([]);
	});
	test('the character code is prefix-free, also beyond the basic plane', () => {
		const codes = ['a', 'q', '鄂', '％', '𠀀', '\uffff', '\u0000'].map(encodeCharacter);
		for (const a of codes) for (const b of codes) if (a !== b) expect(b.startsWith(a)).toBe(false);
	});
	test('every substring is found exactly where it occurs, as often as it occurs, and no other string is', () => {
		const text = 'q4aqi推进链链补链强链项目650个,16条𠀀链';
		const words = paragraphWords(text);
		const chars = [...text];
		for (let start = 0; start < chars.length; start++) {
			for (let length = 1; start + length <= chars.length; length++) {
				const term = chars.slice(start, start + length).join('');
				expect(matchPlaces(words, termQuery(term)).length, term).toBe(occurrences(text, term));
			}
		}
		for (const absent of ['补强', '项目7', '650个,16条重', '产业链链', 'qq', '𠀀𠀀', 'aq4']) expect(matchPlaces(words, termQuery(absent)), absent).toEqual([]);
	});
	test('one character is an unquoted prefix word; longer strings are quoted phrases of bigrams', () => {
		expect(termQuery('煤')).toBe(MARK + encodeCharacter('煤'));
		expect(termQuery('鄂尔多')).toBe(`"${paragraphWords('鄂尔多').slice(0, 2).join(' ')}"`);
		expect(termQuery('')).toBe('');
	});
	test('no indexed word is shorter than a one-character query word (Pagefind would fall back to it)', () => {
		const query = termQuery('斯');
		for (const word of paragraphWords('鄂尔多斯市')) expect(word.length).toBeGreaterThanOrEqual(query.length);
	});
});
