import { normalize } from '../../../src/core/search/fold.ts';
import { leadingPerYear } from '../../../src/core/words/leading-edition.ts';
import { foldedOccurrences } from '../../../src/core/words/count.ts';
import { ratePer10k, type PublicationWords, type ReportWords, type WordCount } from '../../../src/core/words/words-data.ts';
import type { CorpusPublication } from './corpus.ts';
import { isCountedWord, type Segment } from './segmenter.ts';

/** How many words each publication lists (and the CSV holds). */
export const LISTED_WORDS = 200;

/** The texts of a publication's blocks (headings, paragraphs, list items), in order, folded as the search folds them. */
const folded = new WeakMap<CorpusPublication, string[]>();
export function foldedTexts(publication: CorpusPublication): string[] {
	let texts = folded.get(publication);
	if (!texts) folded.set(publication, (texts = publication.pages.flatMap((page) => page.blocks.map((block) => normalize(block.text)))));
	return texts;
}

/** The counted words of a folded text, in order, as the segmenter cuts it. */
export function countedWords(folded: string, segment: Segment, stopWords: ReadonlySet<string>): string[] {
	return segment(folded).filter((word) => isCountedWord(word, stopWords));
}

export function literalCount(folded: readonly string[], word: string): { occurrences: number; paragraphs: number } {
	const term = normalize(word);
	let occurrences = 0;
	let paragraphs = 0;
	for (const text of folded) {
		const n = foldedOccurrences(text, term);
		occurrences += n;
		if (n > 0) paragraphs++;
	}
	return { occurrences, paragraphs };
}

const byCount = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);

export function publicationWords(publication: CorpusPublication, segment: Segment, stopWords: ReadonlySet<string>): PublicationWords {
	const texts = foldedTexts(publication);
	const tokens = new Map<string, number>();
	for (const text of texts) for (const word of countedWords(text, segment, stopWords)) tokens.set(word, (tokens.get(word) ?? 0) + 1);
	const characters = texts.reduce((n, text) => n + [...text].length, 0);
	const words: WordCount[] = [...tokens]
		.sort(byCount)
		.slice(0, LISTED_WORDS)
		.map(([word, count]) => {
			const { occurrences, paragraphs } = literalCount(texts, word);
			return { word, tokens: count, occurrences, paragraphs, rate: ratePer10k(occurrences, characters) };
		});
	const { publication: p } = publication;
	return {
		id: p.id,
		year: p.year,
		edition: p.edition,
		title: p.title,
		recognised: p.shape === 'digest',
		characters,
		tokens: [...tokens.values()].reduce((a, b) => a + b, 0),
		words,
	};
}

/** Each year's report as its figures stand: its leading edition (src/core/words/leading-edition.ts). */
export function reportsOf(corpus: readonly CorpusPublication[]): ReportWords[] {
	return leadingPerYear(corpus.map((c) => c.publication)).map((p) => ({ year: p.year, publication: p.id }));
}
