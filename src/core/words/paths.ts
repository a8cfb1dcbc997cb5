/**
 * The URLs of the word pages (issue 14). Published URLs must keep working: change
 * nothing here without a redirect.
 *
 *   /words/                 the frequent words of each report and publication, rising and falling
 *   /words/subject/?q=…     a word or phrase across the reports: occurrences per publication
 *   /words/sections/        year against year: each section's nearest sections
 *   /words/method/          how the words are counted
 *   /data/words.csv         the word lists (UTF-8 with BOM)
 *   /data/keyness.csv       the key words of each report, by G² (UTF-8 with BOM)
 *   /data/keyness.json      the same, with the rule they were drawn with
 *   /data/words/texts.json  every block's text, for the subject page (loaded on demand)
 */
import { SEARCH_PATH } from '../urls.ts';

export const WORDS_PATH = '/words/';
export const SUBJECT_PATH = '/words/subject/';
export const SECTIONS_PATH = '/words/sections/';
export const WORDS_METHOD_PATH = '/words/method/';
export const WORDS_CSV_PATH = '/data/words.csv';
export const KEYNESS_CSV_PATH = '/data/keyness.csv';
export const KEYNESS_JSON_PATH = '/data/keyness.json';
export const WORDS_TEXTS_PATH = '/data/words/texts.json';

/**
 * The search for a word, in one publication if given: the paragraphs a word list counts
 * (its `paragraphs` figure is the search's count there). The parameters are the search
 * page's (src/client/search/url-state.ts; a unit test reads this link back with it).
 */
export function wordSearchHref(word: string, publication?: { year: number; edition: string }): string {
	const params = new URLSearchParams({ q: word });
	if (publication) {
		params.set('year', String(publication.year));
		params.set('edition', publication.edition);
	}
	return `${SEARCH_PATH}?${params.toString()}`;
}

export function subjectHref(query: string): string {
	return `${SUBJECT_PATH}?${new URLSearchParams({ q: query }).toString()}`;
}

/** A subject's texts as the browser loads them: per publication, its blocks' texts and links. */
export interface SubjectTexts {
	publications: Array<{
		id: string;
		year: number;
		edition: string;
		label: string;
		recognised: boolean;
		/** Characters counted for the rates (as the word lists count them). */
		characters: number;
		/** Per page: its path and its blocks as [id, text]. */
		pages: Array<{ path: string; blocks: Array<[string, string]> }>;
	}>;
}
