import type { KeynessList, SignificanceP } from './keyness.ts';

/**
 * The word counts of the reports as `npm run words` writes them
 * (content/words/words.json) and the site reads them: per publication, its frequent
 * words; per pair of consecutive reports, the words rising and falling most; per
 * section, the nearest sections of the other years. README, "Words across the years".
 *
 * Three counts, never confused:
 *  - `tokens`: how often the segmenter cut the text into exactly this word (发展 inside
 *    高质量发展 is not a token 发展);
 *  - `occurrences`: how often the word's characters stand in the text, literally, as a
 *    reader's Ctrl+F counts them (left to right, not overlapping, in the search's fold:
 *    src/core/search/fold.ts), 发展 inside 高质量发展 included;
 *  - `paragraphs`: how many headings, paragraphs and list items hold it: the figure the
 *    search page shows for the publication (/search/?q=发展&year=2024&edition=full).
 * `rate` is occurrences per 10,000 characters of the publication (its blocks' folded
 * text: white space not counted, punctuation counted).
 */
export interface WordCount {
	word: string;
	tokens: number;
	occurrences: number;
	paragraphs: number;
	rate: number;
}

export interface PublicationWords {
	id: string;
	year: number;
	edition: string;
	title: string;
	/** Recovered from images by character recognition (a digest: the infographic, the 2026 summary). */
	recognised: boolean;
	/** Characters counted for the rates. */
	characters: number;
	/** Counted tokens in all (words of two characters or more, stop words left out). */
	tokens: number;
	/** The most frequent words by tokens, most frequent first. */
	words: WordCount[];
}

/** A report as its figures stand: its full text, or where it has none, its one publication. */
export interface ReportWords {
	year: number;
	publication: string;
}

/** A word rising or falling between two reports: its tokens in each body, and its G² (src/core/words/keyness.ts). */
export interface WordChange {
	word: string;
	fromFrequency: number;
	toFrequency: number;
	g2: number;
	p: SignificanceP | null;
}

/** Two consecutive reports, body against body, each by its leading edition. */
export interface ReportChanges {
	from: ReportWords;
	to: ReportWords;
	/** Counted tokens of each body (annexes apart). */
	fromTokens: number;
	toTokens: number;
	/** The words the later body over-uses against the earlier, strongest first; `falling`, the reverse. */
	rising: ChangeList;
	falling: ChangeList;
}

export type ChangeList = Omit<KeynessList, 'words'> & { words: WordChange[] };

/** A section of a report: a section, review item, group or heading of its outline (depth 2), or a page's text before the first. */
export interface Section {
	publication: string;
	year: number;
	/** The page's path; with `#id` the section's heading. */
	path: string;
	id: string;
	title: string;
	/** The page's label, for context (第二部分 …). */
	page: string;
	characters: number;
}

export interface SectionMatch {
	/** Index into `sections`. */
	section: number;
	/** Cosine similarity of the two sections' TF-IDF vectors, 0 to 1. */
	score: number;
	/** The words that weigh most in both, heaviest first. */
	shared: string[];
}

export interface SectionPairing {
	section: number;
	/** Per other year, its nearest sections, nearest first. */
	matches: Array<{ year: number; nearest: SectionMatch[] }>;
}

/** A report's key words against the other reports: bodies only (annexes apart), each report by its leading edition. */
export interface ReportKeyness extends KeynessList {
	year: number;
	/** The leading edition's publication: the full text, else the summary. */
	publication: string;
	/** Counted tokens of the report's body, and of the reference (the other reports' bodies). */
	tokens: number;
	referenceTokens: number;
}

export interface WordsData {
	segmenter: { name: string; version: string; mode: string };
	/** The user dictionary: the hand-listed terms (content/words/dictionary.txt) and those read from the glossary. */
	dictionary: { hand: string[]; glossary: string[] };
	stopWords: string[];
	/** The officialese stop-list (content/words/officialese.txt): left out of the frequency lists, not of the keyness lists. */
	officialese: string[];
	/** The thresholds the lists were made with (scripts/lib/words/), for the method page. */
	rules: { listedWords: number; minSectionCharacters: number; minSimilarity: number; nearest: number; pairedYears: number };
	publications: PublicationWords[];
	reports: ReportWords[];
	changes: ReportChanges[];
	/** Keyness per report, in the reports' order; the rule in `keynessRules`. */
	keyness: ReportKeyness[];
	keynessRules: {
		/** The critical values, weakest first. */
		levels: Array<{ p: SignificanceP; critical: number }>;
		/** The level the pages call key. */
		threshold: number;
		p: SignificanceP;
		minFrequency: { perTokens: number; least: number; most: number };
		listed: number;
		listedChanges: number;
	};
	sections: Section[];
	pairings: SectionPairing[];
}

/** Where the data lives: generated by scripts/words.ts, read by the site. */
export const WORDS_FILE = 'content/words/words.json';
/** The segmenters' agreement with the hand segmentation, as `npm run words -- --compare` writes it. */
export const SEGMENTER_COMPARISON_FILE = 'content/words/segmenter-comparison.json';

export interface SegmenterComparison {
	/** Characters of the hand-segmented passages. */
	characters: number;
	candidates: Array<{ name: string; version: string; dictionary: boolean; boundaryF1: number; wordF1: number }>;
}

/** Occurrences per 10,000 characters, to two decimals. */
export function ratePer10k(occurrences: number, characters: number): number {
	return characters === 0 ? 0 : Math.round((occurrences / characters) * 1_000_000) / 100;
}
