import { describe, expect, it } from 'vitest';
import { findTerms, termsOfEntry, type GlossaryTerm } from '../../../src/markdown/glossary-terms.ts';

describe('termsOfEntry', () => {
	it('refuses an entry without its publication, and an empty term, naming the file', () => {
		expect(() => termsOfEntry('---\nslug: annex-2\n---\n\n:dfn[“清四乱”]：清理。\n', 'a.md')).toThrow(/a\.md: a page entry without publication/);
		expect(() => termsOfEntry('---\npublication: 2099-full\nslug: annex-2\n---\n\n:dfn[“”]：无。\n', 'b.md')).toThrow(/b\.md: an empty glossary term/);
		expect(() => termsOfEntry('---\npublication: full\nslug: annex-2\n---\n\n:dfn[词]：无。\n', 'c.md')).toThrow(/c\.md: publication “full”/);
	});
});

describe('findTerms', () => {
	const term = (words: string): GlossaryTerm => ({ year: 2099, term: words, words, href: `#${words}` });
	const terms = [term('六个工程'), term('工程'), term('4个沙戈荒大型风电光伏基地')];

	it('finds every occurrence, the longest term first, never overlapping', () => {
		const found = findTerms('“六个工程”与工程；六个工程。', terms).map(([s, e, t]) => [s, e, t.words]);
		expect(found).toEqual([
			[1, 5, '六个工程'],
			[7, 9, '工程'],
			[10, 14, '六个工程'],
		]);
	});

	it('finds a term the text spaces as the newspaper does, covering the text as printed', () => {
		const text = '我区 4 个沙戈荒大型风电光伏基地已经全部纳入';
		const [[start, end]] = findTerms(text, terms) as [[number, number, GlossaryTerm]];
		expect(text.slice(start, end)).toBe('4 个沙戈荒大型风电光伏基地');
	});

	it('finds nothing in a text without terms, or without terms to find', () => {
		expect(findTerms('各位代表', terms)).toEqual([]);
		expect(findTerms('六个工程', [])).toEqual([]);
		expect(findTerms('', terms)).toEqual([]);
	});

	it('takes a term’s characters literally', () => {
		const plus = term('“代表+委员+法院”');
		expect(findTerms('建立“代表+委员+法院”民商事', [plus])).toHaveLength(1);
		expect(findTerms('建立“代表委员法院”民商事', [plus])).toEqual([]);
	});
});
