import { normalize } from '../../../src/core/search/fold.ts';
import { keyWords, KEYNESS_LISTED, KEYNESS_MIN_FREQUENCY, KEYNESS_P, KEYNESS_THRESHOLD } from '../../../src/core/words/keyness.ts';
import type { ReportKeyness, ReportWords, WordsData } from '../../../src/core/words/words-data.ts';
import type { CorpusPublication } from './corpus.ts';
import { countedWords } from './frequency.ts';
import type { Segment } from './segmenter.ts';

/** The counted tokens of a publication's body: its opening and parts, its annexes left out (they are counted apart, never with a body). */
export function bodyTokens(publication: CorpusPublication, segment: Segment, stopWords: ReadonlySet<string>): Map<string, number> {
	const counts = new Map<string, number>();
	for (const page of publication.pages) {
		if (page.page.kind === 'annex') continue;
		for (const block of page.blocks) for (const word of countedWords(normalize(block.text), segment, stopWords)) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return counts;
}

/**
 * Each report's key words against the other reports: body against bodies, each report by
 * its leading edition (`reports`: the full text, else the summary), so that no report is
 * counted twice through its other editions.
 */
export function reportKeyness(reports: readonly ReportWords[], corpus: readonly CorpusPublication[], segment: Segment, stopWords: ReadonlySet<string>): ReportKeyness[] {
	const bodies = reports.map((r) => {
		const publication = corpus.find((c) => c.publication.id === r.publication);
		if (!publication) throw new Error(`words: report ${r.year} names publication ${r.publication}, which the manifest lacks`);
		return bodyTokens(publication, segment, stopWords);
	});
	return reports.map((report, i) => {
		const reference = new Map<string, number>();
		bodies.forEach((body, j) => {
			if (j !== i) for (const [word, n] of body) reference.set(word, (reference.get(word) ?? 0) + n);
		});
		const { words, passing } = keyWords(bodies[i]!, reference);
		const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);
		return { year: report.year, publication: report.publication, tokens: total(bodies[i]!), referenceTokens: total(reference), passing, words };
	});
}

export const keynessRules: WordsData['keynessRules'] = { threshold: KEYNESS_THRESHOLD, p: KEYNESS_P, minFrequency: KEYNESS_MIN_FREQUENCY, listed: KEYNESS_LISTED };
