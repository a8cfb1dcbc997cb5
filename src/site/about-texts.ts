import { z } from 'astro/zod';
import { readCheckedYaml } from '../core/yaml-document.ts';

/** What the "about these texts" page says of the corpus (content/about/texts.yml): text for readers, kept in content/. */
export const aboutTextsSchema = z
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
export const ABOUT_TEXTS_HINT = 'Give title, notOfficial, hash, absent (lists of paragraphs) and unknown, each as plain text.';

/** Parses the texts; a bad entry is named with the file, its line and its path in it. */
export function parseAboutTexts(text: string, file = ABOUT_TEXTS_FILE): AboutTexts {
	return readCheckedYaml(text, file, aboutTextsSchema).value;
}
