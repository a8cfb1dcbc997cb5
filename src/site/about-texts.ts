import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstroError } from 'astro/errors';
import { parse } from 'yaml';
import { z } from 'astro/zod';

/** What the "about these texts" page says of the corpus (content/about/texts.yml): text for readers, kept in content/. */
const aboutTextsSchema = z
	.object({
		title: z.string().min(1),
		notOfficial: z.array(z.string().min(1)).min(1),
		hash: z.array(z.string().min(1)).min(1),
		absent: z.array(z.string().min(1)).min(1),
		unknown: z.string().min(1),
	})
	.strict();
export type AboutTexts = z.infer<typeof aboutTextsSchema>;

export const ABOUT_TEXTS_FILE = 'content/about/texts.yml';

export function loadAboutTexts(): AboutTexts {
	const parsed = aboutTextsSchema.safeParse(parse(readFileSync(join(process.cwd(), ABOUT_TEXTS_FILE), 'utf8')));
	if (!parsed.success) {
		const issue = parsed.error.issues[0]!;
		throw new AstroError(
			`${ABOUT_TEXTS_FILE}: ${issue.path.join('.') || '(top)'}: ${issue.message}`,
			'Give title, notOfficial, hash, absent (lists of paragraphs) and unknown, each as plain text.',
		);
	}
	return parsed.data;
}
