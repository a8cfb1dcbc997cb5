import { outlineSections, pageLabel } from '../../../src/core/shelf.ts';
import { charactersIn } from '../../../src/core/words/count.ts';
import type { Section, SectionMatch, SectionPairing } from '../../../src/core/words/words-data.ts';
import type { CorpusPublication } from './corpus.ts';

/**
 * Sections across the years: every section of a report set against the sections of the
 * other years' reports by text similarity, TF-IDF over the segmented words and cosine.
 * Nothing is paired by hand: the pairing is whatever the words say, with its score.
 */

/** A section shorter than this (a bare heading) is not compared: too few words to say anything. */
export const MIN_SECTION_CHARACTERS = 60;
/** Nearest sections kept per other year, and shared words named per match. */
export const NEAREST = 3;
export const SHARED_WORDS = 5;
/**
 * Below this cosine similarity two sections share too little to be called alike: no match
 * is shown. Read off the best matches of the three reports: from 0.10 most pairs share
 * their subject (民生 ↔ 民生 0.11–0.15, 生态 ↔ 生态 0.12–0.15), below it unrelated ones
 * become common (民族团结 ↔ 政府自身建设 0.09); at 0.15 only a fifth of the sections kept
 * a match. The method page shows the distribution.
 */
export const MIN_SIMILARITY = 0.1;
/** The other report years a section is set against: the nearest in time (all of them while there are few), so that the work and the data grow with the shelf, not with its square. */
export const PAIRED_YEARS = 4;

/** The report years a year's sections are set against: the PAIRED_YEARS nearest in time, earlier first on a tie, in year order. */
export function pairedYears(years: readonly number[], year: number): number[] {
	return years
		.filter((other) => other !== year)
		.sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b)
		.slice(0, PAIRED_YEARS)
		.sort((a, b) => a - b);
}

export interface SectionText extends Section {
	texts: string[];
}

/**
 * The sections of a publication: a unit starts at each depth-2 entry of a page's outline
 * (section, review item, group, heading) and runs to the next; the page's blocks before
 * the first (its heading and opening paragraphs, or a whole page without sections) are
 * a unit of their own, named by the page.
 */
export function sectionsOf(publication: CorpusPublication): SectionText[] {
	const units: SectionText[] = [];
	const { id: publicationId, year } = publication.publication;
	for (const { page, path, blocks } of publication.pages) {
		const starts = new Map(outlineSections(page).map((entry) => [entry.id, entry.text]));
		const label = pageLabel(page);
		let current: SectionText = { publication: publicationId, year, path, id: 'top', title: label, page: label, characters: 0, texts: [] };
		const close = () => {
			current.characters = current.texts.reduce((n, t) => n + charactersIn(t), 0);
			if (current.characters >= MIN_SECTION_CHARACTERS) units.push(current);
		};
		for (const block of blocks) {
			const title = starts.get(block.id);
			if (title !== undefined) {
				close();
				current = { publication: publicationId, year, path, id: block.id, title, page: label, characters: 0, texts: [] };
			}
			current.texts.push(block.text);
		}
		close();
	}
	return units;
}

type Vector = Map<string, number>;

/** TF-IDF vectors, (1 + ln tf) · ln(N / df), normalised to length 1. */
export function tfidf(documents: ReadonlyArray<readonly string[]>): Vector[] {
	const df = new Map<string, number>();
	const tfs = documents.map((words) => {
		const tf = new Map<string, number>();
		for (const word of words) tf.set(word, (tf.get(word) ?? 0) + 1);
		for (const word of tf.keys()) df.set(word, (df.get(word) ?? 0) + 1);
		return tf;
	});
	return tfs.map((tf) => {
		const vector: Vector = new Map();
		let norm = 0;
		for (const [word, n] of tf) {
			const weight = (1 + Math.log(n)) * Math.log(documents.length / df.get(word)!);
			if (weight === 0) continue;
			vector.set(word, weight);
			norm += weight * weight;
		}
		norm = Math.sqrt(norm);
		for (const [word, weight] of vector) vector.set(word, weight / norm);
		return vector;
	});
}

/** Cosine of two unit vectors, and the words that weigh most in both. */
export function similarity(a: Vector, b: Vector, shared = SHARED_WORDS): { score: number; shared: string[] } {
	const [small, large] = a.size <= b.size ? [a, b] : [b, a];
	const products: Array<[string, number]> = [];
	let score = 0;
	for (const [word, weight] of small) {
		const other = large.get(word);
		if (other === undefined) continue;
		score += weight * other;
		products.push([word, weight * other]);
	}
	products.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
	return { score, shared: products.slice(0, shared).map(([word]) => word) };
}

/** For every section, its nearest sections in each paired year, nearest first; none below MIN_SIMILARITY. */
export function pairSections(sections: readonly Section[], words: ReadonlyArray<readonly string[]>): SectionPairing[] {
	const vectors = tfidf(words);
	const byYear = new Map<number, number[]>();
	sections.forEach((s, index) => byYear.set(s.year, [...(byYear.get(s.year) ?? []), index]));
	const years = [...byYear.keys()].sort((a, b) => a - b);
	return sections.map((section, index) => ({
		section: index,
		matches: pairedYears(years, section.year).map((year) => {
			const nearest: SectionMatch[] = [];
			for (const j of byYear.get(year)!) {
				const { score, shared } = similarity(vectors[index]!, vectors[j]!);
				if (score >= MIN_SIMILARITY) nearest.push({ section: j, score: Math.round(score * 1000) / 1000, shared });
			}
			nearest.sort((x, y) => y.score - x.score || x.section - y.section);
			return { year, nearest: nearest.slice(0, NEAREST) };
		}),
	}));
}
