import { z } from 'astro/zod';

/**
 * The pieces a publication's metadata is made of (content/sources/manifest.yml),
 * shared by the ingest, which validates the manifest, and the site's content
 * collections, which type it.
 */

/** The forms a report is published in. */
/** The manifest of the publications, from the project root: hand-edited, validated by manifestSchema. */
export const MANIFEST_FILE = 'content/sources/manifest.yml';

export const editionSchema = z.enum(['full', 'newspaper', 'infographic', 'summary']);
export type Edition = z.infer<typeof editionSchema>;

/** The editions a report's figures are sourced from, in order of precedence: its full text, else its summary. */
export const LEADING_EDITIONS: readonly Edition[] = ['full', 'summary'];

/** How a source lays its text out; picks the reader in scripts/lib/readers/. */
export const shapeSchema = z.enum(['full-text', 'newspaper', 'digest']);

/** Only as much of a date as is known: 2021, 2021-01 or 2024-01-30. */
export const partialDateSchema = z
	.union([z.string(), z.number(), z.date()])
	// A YAML parser may read an unquoted 2024-01-30 as a date: keep the day it names.
	.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value)))
	.pipe(z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date as YYYY, YYYY-MM or YYYY-MM-DD'));

/** What a report looks back on or plans: years, and where it speaks of one, a five-year plan period. */
export const periodSchema = z.object({
	years: z.array(z.number().int().min(1947).max(2100)).min(1),
	fiveYearPlan: z
		.string()
		.regex(/^[一二三四五六七八九十]+五$/, 'a plan period such as 十四五')
		.optional(),
});

/** An indicator of the catalog (content/indicators/catalog.yml), by id. */
const indicatorIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'an indicator id such as gdp-growth');

/**
 * What a report's leading edition must yield: which indicators, never their figures
 * (those are read from the text). If a rewording of the text or of the catalog loses
 * one, the indicators step fails, naming the publication and the paragraphs that mention it.
 */
export const expectsSchema = z
	.object({
		/** Targets for the year the report plans. */
		targets: z.array(indicatorIdSchema).default([]),
		/** Outcomes for the year it reviews. */
		outcomes: z.array(indicatorIdSchema).default([]),
		/** Outcomes for the five-year plan period it reviews. */
		period: z.array(indicatorIdSchema).default([]),
	})
	// A misspelt key would otherwise drop its list unnoticed.
	.strict();
export type Expects = z.infer<typeof expectsSchema>;

export const publicationSchema = z.object({
	id: z.string().regex(/^\d{4}-(full|newspaper|infographic|summary)$/, 'an id of the form <year>-<edition>'),
	file: z.string().regex(/^[\w.-]+\.txt$/, 'a .txt file beside the manifest'),
	sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a SHA-256 in lower-case hex'),
	year: z.number().int(),
	edition: editionSchema,
	shape: shapeSchema,
	title: z.string().min(1),
	/** What the publication holds and what it lacks, in the reader's words: the year page shows it beside the title. */
	description: z.string().min(1),
	delivered: partialDateSchema,
	speaker: z.string().min(1).nullable(),
	reviews: periodSchema,
	plans: periodSchema,
	/** The body the report is issued by, cited where no speaker is named. */
	responsible: z.string().min(1).optional(),
	/** The title and subtitle lines as the publication prints them, where it prints them. */
	printed: z.object({ title: z.string().min(1), subtitle: z.string().min(1).optional() }).optional(),
	/**
	 * A newspaper print: only what is known of the paper; a citation names no more than
	 * this. `continuedFrom` and `continuedOn` are the pages the print's own continuation
	 * marks name (（上接第一版）, （下转第五版）), which bound the pages it was printed on.
	 */
	newspaper: z
		.object({
			name: z.string().min(1).optional(),
			date: partialDateSchema.optional(),
			page: z.string().min(1).optional(),
			continuedFrom: z.string().min(1).optional(),
			continuedOn: z.string().min(1).optional(),
		})
		.strict()
		.optional(),
	/**
	 * A digest: who is responsible for it, where the publication names them; null where it
	 * is an editorial product whose maker the publication does not name (its citation then
	 * names no author rather than borrow the speaker's name). Required of every digest.
	 */
	compiledBy: z.string().min(1).nullable().optional(),
	/** The text was recognised from images (character recognition), not taken from a text the publisher issued. */
	recognisedFromImages: z.boolean().optional(),
	divisions: z.array(z.string().min(1)).optional(),
	joins: z.array(z.string().min(1)).optional(),
	expects: expectsSchema.optional(),
});
export type Publication = z.infer<typeof publicationSchema>;

export const manifestSchema = z
	.array(publicationSchema)
	.min(1)
	.superRefine((publications, ctx) => {
		const seen = new Set<string>();
		publications.forEach((p, index) => {
			if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id ${p.id} is listed twice` });
			seen.add(p.id);
			if (!p.id.startsWith(`${p.year}-${p.edition}`)) {
				ctx.addIssue({ code: 'custom', path: [index, 'id'], message: `id ${p.id} does not match year ${p.year} and edition ${p.edition}` });
			}
			if (p.shape === 'digest' && p.compiledBy === undefined) {
				ctx.addIssue({
					code: 'custom',
					path: [index, 'compiledBy'],
					message: `${p.id} is a digest, which names its maker: compiledBy: <who made it>, or compiledBy: null where the publication does not say`,
				});
			}
			if (p.shape === 'digest' && !p.divisions?.length) {
				ctx.addIssue({ code: 'custom', path: [index, 'divisions'], message: 'a digest names its divisions' });
			}
			if (p.expects?.period.length && !p.reviews.fiveYearPlan) {
				ctx.addIssue({ code: 'custom', path: [index, 'expects', 'period'], message: 'expects figures on a plan period, but reviews names no fiveYearPlan' });
			}
			if (p.expects && !LEADING_EDITIONS.includes(p.edition)) {
				ctx.addIssue({ code: 'custom', path: [index, 'expects'], message: `only a report's full text or summary is held to expectations, not its ${p.edition}` });
			}
		});
	});
