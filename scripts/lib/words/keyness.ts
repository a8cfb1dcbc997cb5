import { normalize } from '../../../src/core/search/fold.ts';
import { keyWords, KEYNESS_LEVEL, KEYNESS_LISTED, KEYNESS_MIN_FREQUENCY, SIGNIFICANCE_LEVELS, sum } from '../../../src/core/words/keyness.ts';
import type { ReportChanges, ReportKeyness, ReportWords, WordChange, WordsData } from '../../../src/core/words/words-data.ts';
import type { CorpusPublication } from './corpus.ts';
import { countedWords } from './frequency.ts';
import type { Segment } from './segmenter.ts';

/** How many rising and falling words a pair of reports lists. */
export const LISTED_CHANGES = 20;

/** The counted tokens of a publication's body: its opening and parts, its annexes left out (they are counted apart, never with a body). */
export function bodyTokens(publication: CorpusPublication, segment: Segment, stopWords: ReadonlySet<string>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const page of publication.pages) {
		if (page.page.kind === 'annex') continue;
		for (const block of page.blocks) for (const word of countedWords(normalize(block.text), segment, stopWords)) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return counts;
}

/** Each report's body tokens, by its leading edition (`reports`: the full text, else the summary). */
export function reportBodies(reports: readonly ReportWords[], corpus: readonly CorpusPublication[], segment: Segment, stopWords: ReadonlySet<string>): Map<string, number>[] {
	return reports.map((r) => {
		const publication = corpus.find((c) => c.publication.id === r.publication);
		if (!publication) throw new Error(`words: report ${r.year} names publication ${r.publication}, which the manifest lacks`);
		return bodyTokens(publication, segment, stopWords);
	});
}

/**
 * Each report's key words against the other reports: body against bodies, each report by
 * its leading edition, so that no report is counted twice through its other editions.
 */
export function reportKeyness(reports: readonly ReportWords[], bodies: readonly Map<string, number>[]): ReportKeyness[] {
	return reports.map((report, i) => {
		const reference = new Map<string, number>();
		bodies.forEach((body, j) => {
			if (j !== i) for (const [word, n] of body) reference.set(word, (reference.get(word) ?? 0) + n);
		});
		return { year: report.year, publication: report.publication, tokens: sum(bodies[i]!), referenceTokens: sum(reference), ...keyWords(bodies[i]!, reference) };
	});
}

/**
 * The words rising and falling from one report to the next, by the same test: the words
 * the later body over-uses against the earlier (rising) and the reverse (falling).
 */
export function reportChanges(from: ReportWords, to: ReportWords, fromBody: ReadonlyMap<string, number>, toBody: ReadonlyMap<string, number>): ReportChanges {
	const rising = keyWords(toBody, fromBody, LISTED_CHANGES);
	const falling = keyWords(fromBody, toBody, LISTED_CHANGES);
	return {
		from,
		to,
		fromTokens: sum(fromBody),
		toTokens: sum(toBody),
		rising: {
			...rising,
			words: rising.words.map(({ word, frequency, referenceFrequency, g2, p }): WordChange => ({ word, fromFrequency: referenceFrequency, toFrequency: frequency, g2, p })),
		},
		falling: {
			...falling,
			words: falling.words.map(({ word, frequency, referenceFrequency, g2, p }): WordChange => ({ word, fromFrequency: frequency, toFrequency: referenceFrequency, g2, p })),
		},
	};
}

export const keynessRules: WordsData['keynessRules'] = {
	levels: SIGNIFICANCE_LEVELS.map(({ p, critical }) => ({ p, critical })),
	threshold: KEYNESS_LEVEL.critical,
	p: KEYNESS_LEVEL.p,
	minFrequency: { ...KEYNESS_MIN_FREQUENCY },
	listed: KEYNESS_LISTED,
	listedChanges: LISTED_CHANGES,
};
