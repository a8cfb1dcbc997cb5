import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';

/**
 * The vocabulary and the reader-facing rules of the collation's classes
 * (content/collation/classes.yml): what counts as a unit word, which relative names
 * of a year there are, which character pairs recognition confuses. The rules that
 * use them are in classify.ts.
 */
export const CLASS_RULES_FILE = 'content/collation/classes.yml';

const words = z.array(z.string().min(1)).min(1);
const classRulesSchema = z
	.object({
		measureWords: words,
		currencies: words,
		magnitudes: words,
		measures: words,
		relativeYears: z.record(z.string().min(1), z.enum(['reviews', 'plans'])),
		lookalikes: z.array(z.tuple([z.string().min(1), z.string().min(1)])),
		rules: z.record(z.string(), z.string().min(1)),
		recognitionReasons: z.object({ lookalike: z.string().min(1), latin: z.string().min(1), doubled: z.string().min(1) }).strict(),
	})
	.strict();

export type ClassRules = z.infer<typeof classRulesSchema> & {
	/** Every unit word: measure words, currencies, magnitudes and measures. */
	unitWords: ReadonlySet<string>;
};

/** Parses the rules file; a bad entry is named with the file and its path in it. */
export function parseClassRules(text: string, file = CLASS_RULES_FILE): ClassRules {
	const result = classRulesSchema.safeParse(parse(text));
	if (!result.success) {
		const issue = result.error.issues[0]!;
		throw new Error(`${file}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
	}
	const data = result.data;
	for (const [list, entries] of Object.entries({ measureWords: data.measureWords, currencies: data.currencies, magnitudes: data.magnitudes, measures: data.measures })) {
		const twice = entries.find((word, i) => entries.indexOf(word) !== i);
		if (twice) throw new Error(`${file}: ${list}: ${twice} is listed twice`);
	}
	return { ...data, unitWords: new Set([...data.measureWords, ...data.currencies, ...data.magnitudes, ...data.measures]) };
}

let loaded: ClassRules | undefined;

/** The project's rules, read once from the project root (build and tests). */
export function classRules(): ClassRules {
	loaded ??= parseClassRules(readFileSync(join(process.cwd(), CLASS_RULES_FILE), 'utf8'));
	return loaded;
}
