import { AstroError } from 'astro/errors';
import { getEntry, type DataEntryMap } from 'astro:content';
import { PUBLISHED_FILE, recordRedirects, REDIRECTS_FILE, type PublishedRecord, type Redirect } from '../core/published-urls.ts';
import { SEGMENTER_COMPARISON_FILE, WORDS_FILE, type SegmenterComparison, type WordsData } from '../core/words/words-data.ts';
import { ABOUT_TEXTS_FILE, type AboutTexts } from './about-texts.ts';
import { oncePerBuild } from './collections.ts';
import { CLASS_RULES_FILE, classRulesFrom, type ClassRules } from './compare/class-rules.ts';
import { SUSPECTS_FILE, type Suspect } from './recognition/suspects.ts';
import { SOURCES_FOLDER } from './source-text.ts';
import { textValues, fillWordsTexts, WORDS_TEXTS_FILE, WORDS_TEXTS_HINT, type WordsTexts } from './words/explanations.ts';

/**
 * The data files the pages read, from the content layer (src/content.config.ts, whose
 * loaders check them: src/site/data-files.ts), once per build; anew each time in the
 * dev server, so that an edit shows at once.
 */

/** The one entry of a data file's collection. */
async function dataOf<C extends keyof DataEntryMap>(collection: C, file: string): Promise<DataEntryMap[C][string]['data']> {
	const entry = await getEntry(collection, file);
	if (!entry) throw new AstroError(`${file}: not in the content layer's ${collection} collection`, 'Run `astro sync` (or any build) to load it.');
	return entry.data;
}

/** The collation's class rules (content/collation/classes.yml). */
export const loadClassRules: () => Promise<ClassRules> = oncePerBuild(async () => classRulesFrom(await dataOf('classRules', CLASS_RULES_FILE)));

/** The declared recognition suspects (content/recognition-suspects.yml), in the file's order. */
export const loadSuspects: () => Promise<Suspect[]> = oncePerBuild(async () => (await dataOf('recognitionSuspects', SUSPECTS_FILE)).suspects);

/** What the "about these texts" page says of the corpus (content/about/texts.yml). */
export const loadAboutTexts: () => Promise<AboutTexts> = oncePerBuild(() => dataOf('aboutTexts', ABOUT_TEXTS_FILE));

/** The word counts, as `npm run words` wrote them (content/words/words.json). */
export const loadWords: () => Promise<WordsData> = oncePerBuild(async () => (await dataOf('words', WORDS_FILE)) as WordsData);

/** The segmenters' measured agreement (`npm run words -- --compare`). */
export const loadSegmenterComparison: () => Promise<SegmenterComparison> = oncePerBuild(
	async () => (await dataOf('segmenterComparison', SEGMENTER_COMPARISON_FILE)) as SegmenterComparison,
);

/** The word pages' texts (content/words/texts.yml), filled with the figures of the words data. */
export const loadWordsTexts: () => Promise<WordsTexts> = oncePerBuild(async () => {
	const [texts, words, comparison] = await Promise.all([dataOf('wordsTexts', WORDS_TEXTS_FILE), loadWords(), loadSegmenterComparison()]);
	try {
		return fillWordsTexts(texts, textValues(words, comparison));
	} catch (error) {
		throw new AstroError(error instanceof Error ? error.message : String(error), WORDS_TEXTS_HINT);
	}
});

/** The published-URL record (content/published-urls.json): fingerprints, moved ids, corrections. */
export const loadPublished: () => Promise<PublishedRecord> = oncePerBuild(async () => (await dataOf('publishedUrls', PUBLISHED_FILE)) as PublishedRecord);

/**
 * The redirects for published URLs that moved: declared by hand (content/redirects.yml),
 * and worked out from declared corrections (block ids, followed on their page).
 */
export const loadRedirects: () => Promise<Redirect[]> = oncePerBuild(async () => [
	...(await dataOf('redirects', REDIRECTS_FILE)).redirects,
	...recordRedirects(await loadPublished()),
]);

/** A published source's text, decoded for display (its byte-order mark, if any, dropped). */
export async function loadSourceText(file: string): Promise<string> {
	const entry = await getEntry('sources', file);
	if (!entry) throw new AstroError(`${SOURCES_FOLDER}/${file}: not found`, 'Every publication of the manifest names its source file in content/sources/.');
	return entry.data.text;
}
