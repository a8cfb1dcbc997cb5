// Not from astro:content, which would make every build's content sync load Astro's whole
// server runtime through Vite (a quarter of a second) only to define three collections.
import { defineCollection } from 'astro/content/config';
import { file, glob } from 'astro/loaders';
import { indicatorSeriesSchema } from './core/schemas/indicator.ts';
import { pageSchema } from './core/schemas/page-entry.ts';
import { publicationSchema } from './core/schemas/publication.ts';

/** The publications, as content/sources/manifest.yml lists them. */
const publications = defineCollection({
	loader: file('content/sources/manifest.yml'),
	schema: publicationSchema,
});

/** Their pages, as `npm run ingest` writes them to content/publication-pages/. */
const publicationPages = defineCollection({
	// Ids from the file path: the glob loader would otherwise take the `slug` field,
	// which repeats across publications.
	loader: glob({ base: './content/publication-pages', pattern: '**/*.md', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
	schema: pageSchema,
});

/** The indicator series, as `npm run indicators` (scripts/indicators.ts) reads them from the pages. */
const indicators = defineCollection({
	loader: file('content/indicators/indicators.json', { parser: (text) => (JSON.parse(text) as { series: Record<string, unknown>[] }).series }),
	schema: indicatorSeriesSchema,
});

export const collections = { publications, publicationPages, indicators };
