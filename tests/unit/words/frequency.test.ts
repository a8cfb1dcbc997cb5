import { describe, expect, it } from 'vitest';
import type { CorpusPublication } from '../../../scripts/lib/words/corpus.ts';
import { literalCount, publicationWords, reportsOf } from '../../../scripts/lib/words/frequency.ts';
import { isCountedWord } from '../../../scripts/lib/words/segmenter.ts';
import { parseSearchState } from '../../../src/client/search/url-state.ts';
import type { Publication } from '../../../src/core/schemas/publication.ts';
import { charactersIn, occurrencesIn } from '../../../src/core/words/count.ts';
import { subjectHref, wordSearchHref } from '../../../src/core/words/paths.ts';
import { ratePer10k } from '../../../src/core/words/words-data.ts';

/** A segmenter (of folded text: ， is ,) that cuts at every punctuation mark and around 发展: enough to check the counting around it. */
const bySpaces = (text: string) =>
	text
		.split(/(?=[,。])|(?<=[,。])/u)
		.flatMap((part) => part.split(/(?<=发展)|(?=发展)/u))
		.filter(Boolean);

function publication(id: string, year: number, edition: Publication['edition'], texts: string[]): CorpusPublication {
	return {
		publication: { id, year, edition, shape: edition === 'summary' ? 'digest' : 'full-text', title: `${year}年报告`, file: `${id}.txt` } as Publication,
		pages: [
			{
				file: `content/publication-pages/${id}/01-part-1.md`,
				page: { slug: 'part-1', order: 1, outline: [], ids: texts.map((_, i) => `p${i + 1}`) } as never,
				path: `/${year}/${edition}/part-1/`,
				blocks: texts.map((text, i) => ({ id: `p${i + 1}`, text, type: 'paragraph', heading: '' })),
				terms: [],
			},
		],
	};
}

describe('literal counts', () => {
	it('count as Ctrl+F does in the search fold: white space and width ignored, left to right, not overlapping', () => {
		expect(occurrencesIn('推动高质量 发展，发展', '发展')).toBe(2);
		expect(occurrencesIn('增长６％，增长6%', '6%')).toBe(2);
		expect(occurrencesIn('哈哈哈', '哈哈')).toBe(1);
		expect(occurrencesIn('任何文字', '')).toBe(0);
		expect(charactersIn('发展 ６％\n')).toBe(4);
	});

	it('give the occurrences and the paragraphs holding them', () => {
		expect(literalCount(['发展发展', '没有', '高质量发展'], '发展')).toEqual({ occurrences: 3, paragraphs: 2 });
	});

	it('give rates per 10,000 characters to two decimals', () => {
		expect(ratePer10k(3, 7000)).toBe(4.29);
		expect(ratePer10k(1, 0)).toBe(0);
	});
});

describe('counted words', () => {
	it('are two characters or more, with a Chinese character, and not stop words', () => {
		const stop = new Set(['我们']);
		expect(isCountedWord('发展', stop)).toBe(true);
		expect(isCountedWord('的', stop)).toBe(false);
		expect(isCountedWord('我们', stop)).toBe(false);
		expect(isCountedWord('2024', stop)).toBe(false);
		expect(isCountedWord('5G', stop)).toBe(false);
		expect(isCountedWord('G331国道', stop)).toBe(true);
	});
});

describe('a publication’s words', () => {
	it('rank by tokens, and give each word its literal occurrences, paragraphs and rate', () => {
		const p = publication('2024-full', 2024, 'full', ['建设，发展。', '高质量发展，建设，建设。']);
		const words = publicationWords(p, bySpaces, new Set());
		// 高质量 is its own token, 发展 is two tokens; 建设 three.
		expect(words.words.map((w) => [w.word, w.tokens, w.occurrences, w.paragraphs])).toEqual([
			['建设', 3, 3, 2],
			['发展', 2, 2, 2],
			['高质量', 1, 1, 1],
		]);
		expect(words.characters).toBe(18);
		expect(words.words[0]!.rate).toBe(ratePer10k(3, 18));
		expect(words.tokens).toBe(6);
		expect(words.recognised).toBe(false);
	});

	it('mark a digest as recovered by character recognition', () => {
		expect(publicationWords(publication('2026-summary', 2026, 'summary', ['发展。']), bySpaces, new Set()).recognised).toBe(true);
	});

	it('leave stop words out of the ranking', () => {
		const words = publicationWords(publication('x', 2024, 'full', ['我们，发展。']), bySpaces, new Set(['我们']));
		expect(words.words.map((w) => w.word)).toEqual(['发展']);
	});
});

describe('reports', () => {
	const corpus = [
		publication('2021-full', 2021, 'full', ['发展，发展，发展，发展，发展，生态，生态，生态，生态，生态。']),
		publication('2024-newspaper', 2024, 'newspaper', ['开放。']),
		publication('2024-full', 2024, 'full', ['开放，开放，开放，开放，开放，开放，发展，生态，生态，生态，生态，生态，生态。']),
		publication('2026-summary', 2026, 'summary', ['开放。']),
	];

	it('take the full text as the report, or else the year’s only publication', () => {
		expect(reportsOf(corpus)).toEqual([
			{ year: 2021, publication: '2021-full' },
			{ year: 2024, publication: '2024-full' },
			{ year: 2026, publication: '2026-summary' },
		]);
	});
});

describe('links', () => {
	it('to the search are read back by the search page as the word in the publication', () => {
		expect(parseSearchState(new URL(wordSearchHref('铸牢中华民族共同体意识', { year: 2024, edition: 'full' }), 'http://x').search)).toEqual({
			q: '铸牢中华民族共同体意识',
			year: '2024',
			edition: 'full',
			order: 'report',
		});
		expect(parseSearchState(new URL(wordSearchHref('发展'), 'http://x').search)).toEqual({ q: '发展', year: null, edition: null, order: 'report' });
	});

	it('to the subject page carry the word, escaped', () => {
		expect(new URL(subjectHref('5G & 算力'), 'http://x').searchParams.get('q')).toBe('5G & 算力');
	});
});
