import { z } from 'astro/zod';
import { readCheckedYaml } from '../../core/yaml-document.ts';
import type { SegmenterComparison, WordsData } from '../../core/words/words-data.ts';
import { levelLabel, publicationLabel, reportPublications } from './views.ts';

/**
 * What the word pages tell a reader (content/words/texts.yml): text about the corpus,
 * kept in content/, with {name} standing for a figure of the words data.
 */
export const WORDS_TEXTS_FILE = 'content/words/texts.yml';

/** A table or word list the method page draws from the data, where the text places it. */
export const DATA_BLOCKS = ['segmenters', 'dictionaryHand', 'dictionaryGlossary', 'stopWords', 'officialese'] as const;
export type DataBlock = (typeof DATA_BLOCKS)[number];

const text = z.string().min(1);
const blockSchema = z.union([
	text,
	z.object({ items: z.array(text).min(1) }).strict(),
	z.object({ terms: z.array(z.object({ term: text, text }).strict()).min(1) }).strict(),
	z.object({ data: z.enum(DATA_BLOCKS) }).strict(),
]);
const columnSchema = z.object({ column: text, meaning: text }).strict();
export const wordsTextsSchema = z
	.object({
		index: z
			.object({
				title: text,
				description: text,
				lede: z.array(text).min(1),
				keyness: z.array(text).min(1),
				reports: z.array(text).min(1),
				changes: z.array(text).min(1),
				publications: z.array(text).min(1),
			})
			.strict(),
		method: z
			.object({
				title: text,
				description: text,
				sections: z.array(z.object({ id: z.string().regex(/^[a-z-]+$/u), heading: text.optional(), blocks: z.array(blockSchema).min(1) }).strict()).min(1),
			})
			.strict(),
		sections: z.object({ title: text, description: text, lede: text }).strict(),
		subject: z.object({ title: text, description: text, help: text, prompt: text, noscript: text }).strict(),
		/** Under the related sections of a report page. */
		related: z.object({ method: text }).strict(),
		/** The columns of the word downloads, as the data dictionary (/data/) explains them. */
		downloads: z
			.object({
				intro: text,
				keyness: z.array(columnSchema).min(1),
				words: z.array(columnSchema).min(1),
			})
			.strict(),
	})
	.strict();
export type WordsTexts = z.infer<typeof wordsTextsSchema>;
export type TextBlock = z.infer<typeof blockSchema>;

/** The figures a text may name, from the words data and the segmenters' comparison. */
export function textValues(data: WordsData, comparison: SegmenterComparison): Record<string, string> {
	const rules = data.keynessRules;
	const summary = data.keyness.find((k) => data.publications.find((p) => p.id === k.publication)?.edition === 'summary');
	return {
		segmenter: `${data.segmenter.name} ${data.segmenter.version}`,
		segmenterMode: data.segmenter.mode,
		listed: String(rules.listed),
		listedChanges: String(rules.listedChanges),
		threshold: String(rules.threshold),
		p: rules.p,
		levels: rules.levels.map((l) => `G² ≥ ${l.critical} 为 ${levelLabel(l.p)}`).join('，'),
		minLeast: String(rules.minFrequency.least),
		minMost: String(rules.minFrequency.most),
		minByReport: data.keyness.map((k) => `${k.year}年正文${k.tokens}词，至少${k.minFrequency}次`).join('；'),
		summaryTokens: String(summary?.tokens ?? '—'),
		reports: reportPublications(data)
			.map((p) => `${p.year}年用${publicationLabel(p)}（${p.characters}字）`)
			.join('；'),
		recognised: data.publications
			.filter((p) => p.recognised)
			.map(publicationLabel)
			.join('、'),
		comparisonCharacters: String(comparison.characters),
		dictionaryCount: String(data.dictionary.hand.length + data.dictionary.glossary.length),
		stopWordCount: String(data.stopWords.length),
		officialeseCount: String(data.officialese.length),
		listedWords: String(data.rules.listedWords),
		minSectionCharacters: String(data.rules.minSectionCharacters),
		minSimilarity: data.rules.minSimilarity.toFixed(2),
		nearest: String(data.rules.nearest),
		pairedYears: String(data.rules.pairedYears),
		...similarityDistribution(data),
	};
}

/**
 * How the best match of each section in each other year is spread, by bands of 0.05 from
 * the threshold up, and how many have none at or above it: the figures behind the choice
 * of the threshold.
 */
export function similarityDistribution(data: WordsData): { similarityPairs: string; similarityBands: string } {
	const best = data.pairings.flatMap((p) => p.matches.map((m) => m.nearest[0]?.score));
	const threshold = data.rules.minSimilarity;
	const bands = [0, 1, 2].map((i) => {
		const low = threshold + i * 0.05;
		const high = i < 2 ? low + 0.05 : Infinity;
		const n = best.filter((s) => s !== undefined && s >= low - 1e-9 && s < high - 1e-9).length;
		return `${high === Infinity ? `${low.toFixed(2)}以上` : `${low.toFixed(2)}–${high.toFixed(2)}`}：${n}`;
	});
	const none = best.filter((s) => s === undefined).length;
	return { similarityPairs: String(best.length), similarityBands: `${bands.join('，')}，低于${threshold.toFixed(2)}（不列出）：${none}` };
}

/** A text with each {name} replaced by its value; an unknown name is an error naming where it stands. */
export function fillText(template: string, values: Readonly<Record<string, string>>, where: string): string {
	return template.replace(/\{([A-Za-z]+)\}/gu, (_, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`${WORDS_TEXTS_FILE}: ${where}: unknown figure {${name}}; the figures are ${Object.keys(values).join(', ')}`);
		return value;
	});
}

/** Fills every string of the texts, so that a wrong name fails the build wherever it stands, shown or not. */
function fillAll<T>(value: T, values: Readonly<Record<string, string>>, where: string): T {
	if (typeof value === 'string') return fillText(value, values, where) as T;
	if (Array.isArray(value)) return value.map((v, i) => fillAll(v, values, `${where}.${i}`)) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, fillAll(v, values, where ? `${where}.${k}` : k)])) as T;
	return value;
}

/** Checks the texts file; a bad entry is named with the file, its line and its path in it. Its figures stay unfilled. */
export function checkWordsTexts(source: string, file = WORDS_TEXTS_FILE): WordsTexts {
	return readCheckedYaml(source, file, wordsTextsSchema).value;
}

/** The texts with every figure filled, so that a wrong name fails the build wherever it stands, shown or not. */
export function fillWordsTexts(texts: WordsTexts, values: Readonly<Record<string, string>>): WordsTexts {
	return fillAll(texts, values, '');
}

/** Parses the texts file and fills its figures. */
export function parseWordsTexts(source: string, values: Readonly<Record<string, string>>): WordsTexts {
	return fillWordsTexts(checkWordsTexts(source), values);
}

/** What to do about a bad texts file, told with its error. */
export const WORDS_TEXTS_HINT = `Write plain text in ${WORDS_TEXTS_FILE}; {name} may name only the figures listed in src/site/words/explanations.ts (textValues).`;
