import { z } from 'astro/zod';

/**
 * The hand-edited lists beside the manifest: content/corrections.yml (declared
 * corrections of a published source) and content/redirects.yml (where a published URL
 * that is gone now points). Validated like the manifest, each problem named by its entry.
 */

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'must be a SHA-256 in lower-case hex');
const sitePath = z.string().startsWith('/', 'must be a site path starting with /');

export const correctionSchema = z
	.object({
		/** The source file, e.g. 2024-report-full.txt. */
		source: z.string({ error: 'names no source (the file, e.g. 2024-report-full.txt)' }).min(1),
		from: sha256,
		to: sha256,
		date: z
			.union([z.string(), z.date()])
			// A YAML parser reads an unquoted 2026-12-01 as a date: keep the day it names.
			.transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value))
			.pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')),
		reason: z.string({ error: 'gives no reason' }).trim().min(1, 'gives no reason'),
		/** Published block URL → where its link should go, for text the correction removed. */
		place: z.record(z.string(), z.string(), { error: 'maps published URLs to URLs' }).default({}),
	})
	.strict();

export const correctionsSchema = z.array(correctionSchema, { error: 'expected a list of corrections' });

export const redirectSchema = z.object({ from: sitePath, to: sitePath }).strict();
export const redirectsSchema = z.array(redirectSchema, { error: 'expected a list of { from, to }' });

/** `file: entry 2: from: must be …` for each problem, as the manifest's are told. */
export function describeIssues(file: string, noun: string, error: z.ZodError): string {
	return error.issues
		.map((issue) => {
			const [index, ...path] = issue.path;
			const where = typeof index === 'number' ? `${noun} ${index + 1}` : noun;
			return `${file}: ${where}${path.length > 0 ? `: ${path.join('.')}` : ''} ${issue.message}`;
		})
		.join('\n');
}
