import { describe, expect, test } from 'vitest';
import { normalize } from '../../../src/core/search/fold.ts';
import { paragraphWords } from '../../../src/core/search/index-words.ts';
import { contentText, restoreText, textPatch } from '../../../src/core/search/stored-text.ts';

const stored = (text: string) => ({ content: paragraphWords(normalize(text)).join(' '), patch: textPatch(text) });

describe('a paragraph stored as its index words and a patch', () => {
	test('gives back any text character for character', () => {
		for (const text of [
			'全区引进到位资金4778亿元，增长40.2％。',
			'推进延链补链强链项目 650 个，16 条重点产业链产值近 1.4 万亿元。',
			'到二○三五年，“国之大者”‘三北’"x"\u200b\ufeff\n\t\u3000末',
			'四季度（Q4）AQI、ＰＭ２.５、𠀀𠮷 and Quality',
			'\ue000\uf100私用区',
			' 前后空白 ',
			'',
		]) {
			const { content, patch } = stored(text);
			expect(contentText(content)).toBe(normalize(text));
			expect(restoreText(contentText(content), patch)).toBe(text);
		}
	});
	test('reads the words also with the zero-width spaces Pagefind puts after zh-cn words', () => {
		const text = '内蒙古𠀀';
		const { content } = stored(text);
		expect(
			contentText(
				content
					.split(' ')
					.map((w) => `${w}\u200b`)
					.join(' '),
			),
		).toBe(text);
	});
	test('the patch is private-use characters only, so Pagefind makes no word of it', () => {
		const patch = textPatch('四季度（Q4）AQI，增长 6%以上。');
		expect(patch.length).toBeGreaterThan(0);
		expect(patch).toMatch(/^[\ue000-\uf8ff]+$/u);
		expect(textPatch('全区经济平稳运行。')).toBe('');
	});
	test('a malformed patch is refused, not guessed', () => {
		expect(() => restoreText('abc', 'x')).toThrow('malformed');
	});
});
