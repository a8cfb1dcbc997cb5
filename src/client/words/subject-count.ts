import { normalize } from '../../core/search/fold.ts';
import { foldedOccurrences } from '../../core/words/count.ts';
import type { SubjectTexts } from '../../core/words/paths.ts';
import { ratePer10k } from '../../core/words/words-data.ts';

/**
 * A word or phrase across the reports: its literal occurrences in each publication,
 * counted as the word lists count them (src/core/words/count.ts) and as the search finds
 * them. White space in the phrase is ignored, as the search's fold ignores it.
 */
export interface SubjectRow {
	id: string;
	year: number;
	edition: string;
	label: string;
	recognised: boolean;
	occurrences: number;
	paragraphs: number;
	characters: number;
	rate: number;
}

export function subjectTerm(query: string): string {
	return normalize(query);
}

export function countSubject(texts: SubjectTexts, query: string): SubjectRow[] {
	const term = subjectTerm(query);
	return texts.publications.map((p) => {
		let occurrences = 0;
		let paragraphs = 0;
		for (const page of p.pages) {
			for (const [, text] of page.blocks) {
				const n = foldedOccurrences(normalize(text), term);
				occurrences += n;
				if (n > 0) paragraphs++;
			}
		}
		return {
			id: p.id,
			year: p.year,
			edition: p.edition,
			label: p.label,
			recognised: p.recognised,
			occurrences,
			paragraphs,
			characters: p.characters,
			rate: ratePer10k(occurrences, p.characters),
		};
	});
}
