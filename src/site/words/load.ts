import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEGMENTER_COMPARISON_FILE, WORDS_FILE, type SegmenterComparison, type WordsData } from '../../core/words/words-data.ts';

let data: WordsData | undefined;

/**
 * The word counts (build time only), as `npm run words` wrote them: a step of `npm run
 * build` that finishes before Astro reads any content. Read from the project root, where
 * Astro builds (its working directory), once per build.
 */
export function loadWords(): WordsData {
	data ??= JSON.parse(readFileSync(join(process.cwd(), WORDS_FILE), 'utf8')) as WordsData;
	return data;
}

/** The segmenters' measured agreement (`npm run words -- --compare`; a unit test keeps it current). */
export function loadSegmenterComparison(): SegmenterComparison {
	return JSON.parse(readFileSync(join(process.cwd(), SEGMENTER_COMPARISON_FILE), 'utf8')) as SegmenterComparison;
}
