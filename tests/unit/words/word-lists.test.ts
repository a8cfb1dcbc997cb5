import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../../src/markdown/parse.ts';
import { definedTerms, DICTIONARY_FILE, glossaryWords, parseWordList, STOP_WORDS_FILE } from '../../../scripts/lib/words/word-lists.ts';
import { ROOT } from '../../support/real-corpus.ts';

describe('word lists', () => {
	it('reads one word a line, skipping comments and blank lines', () => {
		expect(parseWordList('# header\n\n发展\n  建设  \n# more\n推进\n', 'w.txt')).toEqual(['发展', '建设', '推进']);
	});

	it('refuses a line with white space inside, or a word listed twice, naming file and line', () => {
		expect(() => parseWordList('# h\n发展 建设\n', 'w.txt')).toThrow(/^w\.txt:2: “发展 建设” holds white space/);
		expect(() => parseWordList('发展\n建设\n发展\n', 'w.txt')).toThrow(/^w\.txt:3: “发展” is listed twice \(first on line 1\)/);
	});

	it('are, in content/words/, valid and headed by a comment saying what they are', () => {
		for (const file of [DICTIONARY_FILE, STOP_WORDS_FILE]) {
			const text = readFileSync(new URL(file, ROOT), 'utf8');
			expect(text.startsWith('# ')).toBe(true);
			expect(parseWordList(text, file).length).toBeGreaterThan(10);
		}
	});
});

describe('glossary terms', () => {
	it('are read from the :dfn directives of a page body', () => {
		const body = parseMarkdown(':dfn[“清四乱”]：清理整治……\n\n:dfn[京蒙协作“六个倍增计划”]：京蒙协作……\n\n普通段落。\n');
		expect(definedTerms(body)).toEqual(['“清四乱”', '京蒙协作“六个倍增计划”']);
	});

	it('become their runs of two or more Chinese characters; a term with white space inside gives none', () => {
		expect(glossaryWords('“清四乱”')).toEqual(['清四乱']);
		expect(glossaryWords('京蒙协作“六个倍增计划”')).toEqual(['京蒙协作', '六个倍增计划']);
		expect(glossaryWords('“代表+委员+法院”民商事纠纷化解机制')).toEqual(['民商事纠纷化解机制']);
		expect(glossaryWords('办好两件大事的 6 部促进条例')).toEqual([]);
		expect(glossaryWords('4个沙戈荒大型风电光伏基地')).toEqual([]);
	});
});
