// Not from astro:content, which would make every build's content sync load Astro's whole
// server runtime through Vite (a quarter of a second) only to define its collections.
import { defineCollection } from 'astro/content/config';
import { z } from 'astro/zod';
import { parsePublished, parseRedirects, PUBLISHED_FILE, REDIRECTS_FILE } from './core/published-urls.ts';
import { redirectsSchema } from './core/schemas/hand-edited.ts';
import { indicatorSeriesSchema } from './core/schemas/indicator.ts';
import { pageSchema } from './core/schemas/page-entry.ts';
import { MANIFEST_FILE, publicationSchema } from './core/schemas/publication.ts';
import { SEGMENTER_COMPARISON_FILE, WORDS_FILE } from './core/words/words-data.ts';
import { ABOUT_TEXTS_FILE, ABOUT_TEXTS_HINT, aboutTextsSchema, parseAboutTexts } from './site/about-texts.ts';
import { CLASS_RULES_FILE, CLASS_RULES_HINT, checkClassRules, classRulesSchema } from './site/compare/class-rules.ts';
import { readYaml } from './core/yaml-document.ts';
import { dataFile, dataItems, markdownEntries, type DataItems, sourceTexts } from './site/data-files.ts';
import { SOURCES_FOLDER } from './site/source-text.ts';
import { parseSuspects, SUSPECTS_FILE, SUSPECTS_HINT, suspectsSchema } from './site/recognition/suspects.ts';
import { checkWordsTexts, WORDS_TEXTS_FILE, WORDS_TEXTS_HINT, wordsTextsSchema } from './site/words/explanations.ts';

/** The manifest's publications, each with the line it starts on (the build's content check reads the rest of it first: scripts/lib/content/manifest.ts). */
function readManifestItems(text: string): DataItems {
	const document = readYaml(text, MANIFEST_FILE);
	if (!Array.isArray(document.value)) throw new Error(`${MANIFEST_FILE}:1: not a list of publications`);
	return { items: document.value, lineOf: (index) => document.lineOf([index]) };
}

/** The publications, as content/sources/manifest.yml lists them. */
const publications = defineCollection({
	loader: dataItems(MANIFEST_FILE, readManifestItems, 'Each publication is an item with its own id (the comments at the top of the manifest say what each field means).'),
	schema: publicationSchema,
});

/** Their pages, as `npm run ingest` writes them to content/publication-pages/. */
const publicationPages = defineCollection({
	// Ids from the file path (2024-full/02-part-2): the `slug` field repeats across publications.
	loader: markdownEntries('content/publication-pages'),
	schema: pageSchema,
});

/** The indicator series, as `npm run indicators` (scripts/indicators.ts) reads them from the pages. */
const indicators = defineCollection({
	loader: dataItems('content/indicators/indicators.json', (text) => ({ items: (JSON.parse(text) as { series: unknown[] }).series }), 'Run `npm run indicators` to write it again.'),
	schema: indicatorSeriesSchema,
});

/** The published sources, decoded for their pages (/sources/<name>/); the downloads serve the files' bytes. */
const sources = defineCollection({ loader: sourceTexts(SOURCES_FOLDER), schema: z.object({ text: z.string() }) });

// The data files the pages read, one entry each (src/site/data-files.ts), read by
// src/site/content-data.ts. Each is checked by its own parse function, whose error
// names the file and line; the schemas give the entries their types.

const classRules = defineCollection({ loader: dataFile(CLASS_RULES_FILE, checkClassRules, CLASS_RULES_HINT), schema: classRulesSchema });

const recognitionSuspects = defineCollection({ loader: dataFile(SUSPECTS_FILE, (text) => ({ suspects: parseSuspects(text) }), SUSPECTS_HINT), schema: suspectsSchema });

const aboutTexts = defineCollection({ loader: dataFile(ABOUT_TEXTS_FILE, parseAboutTexts, ABOUT_TEXTS_HINT), schema: aboutTextsSchema });

/** Their figures are filled at page time, from the words data. */
const wordsTexts = defineCollection({ loader: dataFile(WORDS_TEXTS_FILE, checkWordsTexts, WORDS_TEXTS_HINT), schema: wordsTextsSchema });

/** As `npm run words` writes them (src/core/words/words-data.ts has their types). */
const words = defineCollection({ loader: dataFile(WORDS_FILE, JSON.parse, 'Run `npm run words` to write it again.') });
const segmenterComparison = defineCollection({ loader: dataFile(SEGMENTER_COMPARISON_FILE, JSON.parse, 'Run `npm run words -- --compare` to write it again.') });

/** astro.config.mjs reads the page redirects itself, to declare them to Astro; the pages read the block redirects here. */
const redirects = defineCollection({
	loader: dataFile(REDIRECTS_FILE, (text) => ({ redirects: parseRedirects(text, REDIRECTS_FILE) }), 'Each entry is { from, to }, two site paths.'),
	schema: z.object({ redirects: redirectsSchema }),
});

/** As the ingest writes it (src/core/published-urls.ts has its type). */
const publishedUrls = defineCollection({ loader: dataFile(PUBLISHED_FILE, (text) => ({ ...parsePublished(text) }), 'Run `npm run ingest` to write it again; never edit it.') });

export const collections = {
	publications,
	publicationPages,
	indicators,
	sources,
	classRules,
	recognitionSuspects,
	aboutTexts,
	wordsTexts,
	words,
	segmenterComparison,
	redirects,
	publishedUrls,
};
