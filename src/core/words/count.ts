import { normalize } from '../search/fold.ts';
import { foldedOccurrences } from '../search/literal-match.ts';

/**
 * A word's literal occurrences in a text, by the site's one counting rule
 * (foldedOccurrences, src/core/search/literal-match.ts), in the search's fold. Shared by
 * the build (the word lists) and the browser (a subject across the years).
 */
export function occurrencesIn(text: string, word: string): number {
	return foldedOccurrences(normalize(text), normalize(word));
}

/** The same, for a text and a term already folded (the build folds each text once). */
export { foldedOccurrences };

/** The characters a rate is counted over: the folded text's, white space not counted. */
export function charactersIn(text: string): number {
	return [...normalize(text)].length;
}
