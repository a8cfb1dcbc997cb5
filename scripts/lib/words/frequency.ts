import { normalize } from '../../../src/core/search/fold.ts';
import { leadingPerYear } from '../../../src/core/words/leading-edition.ts';
import { foldedOccurrences } from '../../../src/core/words/count.ts';
import { ratePer10k, type PublicationWords, type ReportChanges, type ReportWords, type WordChange, type WordCount } from '../../../src/core/words/words-data.ts';
import type { CorpusPublication } from './corpus.ts';
import { isCountedWord, type Segment } from './segmenter.ts';

/** How many words each publication lists (and the CSV holds). */
export const LISTED_WORDS = 200;
/** How many rising and falling words a pair of reports lists. */
export const LISTED_CHANGES = 20;
/** A word rises or falls only if it stands at least this often in one of the two reports (fewer is noise). */
export const CHANGE_MIN_OCCURRENCES = 5;

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

/**
 * The words whose rate changed most from one report to the next: among the words either
 * report lists, by the change in occurrences per 10,000 characters (literal counts,
 * reproducible with the search).
 */
export function reportChanges(from: ReportWords, to: ReportWords, corpus: readonly CorpusPublication[], listed: ReadonlyMap<string, PublicationWords>): ReportChanges {
	const textsOf = (id: string) => foldedTexts(corpus.find((c) => c.publication.id === id)!);
	const a = listed.get(from.publication)!;
	const b = listed.get(to.publication)!;
	const aTexts = textsOf(from.publication);
	const bTexts = textsOf(to.publication);
	const candidates = [...new Set([...a.words, ...b.words].map((w) => w.word))].sort();
	const changes: WordChange[] = [];
	for (const word of candidates) {
		const fromOccurrences = literalCount(aTexts, word).occurrences;
		const toOccurrences = literalCount(bTexts, word).occurrences;
		if (Math.max(fromOccurrences, toOccurrences) < CHANGE_MIN_OCCURRENCES) continue;
		const fromRate = ratePer10k(fromOccurrences, a.characters);
		const toRate = ratePer10k(toOccurrences, b.characters);
		changes.push({ word, from: fromRate, to: toRate, fromOccurrences, toOccurrences, change: Math.round((toRate - fromRate) * 100) / 100 });
	}
	const tie = (x: WordChange, y: WordChange) => (x.word < y.word ? -1 : x.word > y.word ? 1 : 0);
	const rising = changes.filter((c) => c.change > 0).sort((x, y) => y.change - x.change || tie(x, y));
	const falling = changes.filter((c) => c.change < 0).sort((x, y) => x.change - y.change || tie(x, y));
	return { from, to, rising: rising.slice(0, LISTED_CHANGES), falling: falling.slice(0, LISTED_CHANGES) };
}
