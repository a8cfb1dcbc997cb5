/**
 * The words step (npm run words, and a step of npm run build): the word counts, the
 * words rising and falling, and the nearest sections across the years, from the page
 * entries into content/words/words.json. See scripts/words.ts for the command.
 */
import { writeOrCheck, type OutputStage } from '../content/write-or-check.ts';
import { normalize } from '../../../src/core/search/fold.ts';
import { WORDS_FILE, type WordsData } from '../../../src/core/words/words-data.ts';
import { readCorpus, userDictionary, type CorpusPublication } from './corpus.ts';
import { countedWords, LISTED_WORDS, publicationWords, reportsOf } from './frequency.ts';
import { keynessRules, reportBodies, reportChanges, reportKeyness } from './keyness.ts';
import { MIN_SECTION_CHARACTERS, MIN_SIMILARITY, NEAREST, PAIRED_YEARS, pairSections, sectionsOf } from './sections.ts';
import { jiebaWasm, SEGMENTER } from './segmenter.ts';
import { OFFICIALESE_FILE, readWordList, STOP_WORDS_FILE } from './word-lists.ts';

export async function generateWords(root: URL, corpus: readonly CorpusPublication[]): Promise<WordsData> {
	const dictionary = await userDictionary(root, corpus);
	const stopWords = new Set(await readWordList(root, STOP_WORDS_FILE));
	const officialese = await readWordList(root, OFFICIALESE_FILE);
	const listStopWords = new Set([...stopWords, ...officialese]);
	const jieba = jiebaWasm(dictionary.words);
	// The sections are cut from the same blocks as the publications: cut each text once.
	const cuts = new Map<string, string[]>();
	const segment = (text: string) => {
		let words = cuts.get(text);
		if (!words) cuts.set(text, (words = jieba(text)));
		return words;
	};
	const publications = corpus.map((c) => publicationWords(c, segment, listStopWords));
	const reports = reportsOf(corpus);
	const bodies = reportBodies(reports, corpus, segment, stopWords);
	const changes = reports.slice(1).map((to, i) => reportChanges(reports[i]!, to, bodies[i]!, bodies[i + 1]!));
	const reportPublications = reports.map((r) => corpus.find((c) => c.publication.id === r.publication)!);
	const sectionTexts = reportPublications.flatMap(sectionsOf);
	const pairings = pairSections(
		sectionTexts,
		sectionTexts.map((s) => s.texts.flatMap((text) => countedWords(normalize(text), segment, stopWords))),
	);
	return {
		segmenter: { ...SEGMENTER },
		dictionary: { hand: dictionary.hand, glossary: dictionary.glossary },
		stopWords: [...stopWords],
		officialese,
		rules: {
			listedWords: LISTED_WORDS,
			minSectionCharacters: MIN_SECTION_CHARACTERS,
			minSimilarity: MIN_SIMILARITY,
			nearest: NEAREST,
			pairedYears: PAIRED_YEARS,
		},
		publications,
		reports,
		changes,
		keyness: reportKeyness(reports, bodies),
		keynessRules,
		sections: sectionTexts.map(({ texts: _texts, ...section }) => section),
		pairings,
	};
}

export function wordsJson(data: WordsData): string {
	return `${JSON.stringify(data, null, '\t')}\n`;
}

export interface WordsResult {
	/** The paths that differ from the live content: what the run's swap replaces. */
	changed: string[];
	/** What was written, for the closing line. */
	summary: string;
}

/**
 * Stages the words file (written to `stage`, put in place by the caller's swap), or with
 * `check` fails if it is stale. The page entries are read from `pagesRoot`: the project,
 * or a build's staging, where the ingest has just written them.
 */
export async function runWords(root: URL, options: { check?: boolean; stage?: OutputStage | undefined; pagesRoot?: URL } = {}): Promise<WordsResult> {
	const { check = false, stage, pagesRoot = root } = options;
	const started = performance.now();
	const text = wordsJson(await generateWords(root, await readCorpus(root, pagesRoot)));
	const changed = await writeOrCheck(root, [{ target: WORDS_FILE, text }], { check, stage, command: 'npm run words' });
	if (check) console.log(`${WORDS_FILE} is up to date.`);
	return { changed, summary: `${WORDS_FILE} in ${Math.round(performance.now() - started)} ms` };
}
