import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { pageSchema } from './schemas/page.ts';
import { publicationSchema } from './schemas/publication.ts';

/** The publications, as content/sources/manifest.yml lists them. */
const publications = defineCollection({
	loader: file('content/sources/manifest.yml'),
	schema: publicationSchema,
});

/** Their pages, as `npm run ingest` writes them to content/reports/. */
const pages = defineCollection({
	// Ids from the file path: the glob loader would otherwise take the `slug` field,
	// which repeats across publications.
	loader: glob({ base: './content/reports', pattern: '**/*.md', generateId: ({ entry }) => entry.replace(/\.md$/, '') }),
	schema: pageSchema,
});

export const collections = { publications, pages };
