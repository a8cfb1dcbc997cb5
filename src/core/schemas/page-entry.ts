import { z } from 'astro/zod';

/**
 * The frontmatter of a generated page entry (content/publication-pages/<publication>/<page>.md),
 * written by the ingest and read by the site: the page's place in its publication
 * and the outline the id plugin finds in its text (src/markdown/block-ids.ts).
 */

export const pageKindSchema = z.enum(['opening', 'part', 'annex']);

export const outlineEntrySchema = z.object({
	id: z.string().regex(/^[a-z][a-z0-9-]*$/),
	depth: z.number().int().min(1).max(3),
	kind: z.enum(['page', 'section', 'item', 'group', 'heading']),
	text: z.string(),
});

export type OutlineEntry = z.infer<typeof outlineEntrySchema>;
export type OutlineKind = OutlineEntry['kind'];

/** A term of the report's glossary (附件2 名词解释), as the ingest reads it from the glossary page (src/markdown/glossary-terms.ts). */
export const glossaryTermSchema = z.object({
	/** The term as the glossary prints it: “一规划三方案”. */
	term: z.string().min(1),
	/** What the text is searched for: the term without the quotation marks around it. */
	words: z.string().min(1),
	/** The definition's link: /2024/full/annex-2/#t1. */
	href: z.string().regex(/^\/\d{4}\/[a-z]+\/[a-z0-9-]+\/#[a-z][a-z0-9-]*$/),
});

export const pageSchema = z.object({
	publication: z.string(),
	/** Position of the page in its publication, from 0. */
	order: z.number().int().min(0),
	slug: z.string().regex(/^(opening|part-\d+|annex-\d+)$/),
	kind: pageKindSchema,
	number: z.number().int().min(1).optional(),
	/** The page heading's text; null where the publication holds none (a newspaper's first page). */
	title: z.string().nullable(),
	/** The opening words of the page's first paragraph, for link previews. */
	description: z.string(),
	/** The source line the page starts on. */
	line: z.number().int().min(1),
	/** The page continues a part whose heading is outside this publication. */
	continued: z.boolean().default(false),
	/** Newspaper pages: the printed page the text comes from (第一版) or goes on to (第五版). */
	continuedFrom: z.string().optional(),
	continuesTo: z.string().optional(),
	outline: z.array(outlineEntrySchema),
	/** Every block id on the page, in order: the ids a published link may point at. */
	ids: z.array(z.string()),
	/** Blocks whose id is not their position's, after a declared correction (src/markdown/block-ids.ts): position id → published id. */
	pins: z.record(z.string(), z.string()).optional(),
	/** Blocks whose wording a declared correction changed: id → the correction's number in content/corrections.yml. */
	corrected: z.record(z.string(), z.number().int().min(1)).optional(),
	/**
	 * The glossary terms of the page's report (its year's), which the renderer marks in its
	 * text: written into every page of the year by the ingest, so that a change to the
	 * glossary changes each entry it marks, and Astro's cache of rendered entries sees it.
	 */
	glossary: z.array(glossaryTermSchema).optional(),
});
export type PageData = z.infer<typeof pageSchema>;
