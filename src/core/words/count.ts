import { normalize } from '../search/fold.ts';

/**
 * A word's literal occurrences in a text, as a reader's Ctrl+F counts them: in the
 * search's fold (src/core/search/fold.ts), left to right, not overlapping. Shared by the
 * build (the word lists) and the browser (a subject across the years), so that the two
 * count alike.
 */
export function occurrencesIn(text: string, word: string): number {
	return foldedOccurrences(normalize(text), normalize(word));
}

/** The same, for a text and a term already folded (the build folds each text once). */
export function foldedOccurrences(folded: string, term: string): number {
	if (term === '') return 0;
	let count = 0;
	for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) count++;
	return count;
}

/** The characters a rate is counted over: the folded text's, white space not counted. */
export function charactersIn(text: string): number {
	return [...normalize(text)].length;
}
