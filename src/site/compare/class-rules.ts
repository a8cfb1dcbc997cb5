import { z } from 'astro/zod';
import { readCheckedYaml } from '../../core/yaml-document.ts';

/**
 * The vocabulary and the reader-facing rules of the collation's classes
 * (content/collation/classes.yml): what counts as a unit word, which relative names
 * of a year there are, which character pairs recognition confuses. The rules that
 * use them are in classify.ts.
 */
export const CLASS_RULES_FILE = 'content/collation/classes.yml';

const words = z.array(z.string().min(1)).min(1);
export const classRulesSchema = z
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

/** The rules file as written, checked: what the content layer keeps (src/content.config.ts). */
export type ClassRulesData = z.infer<typeof classRulesSchema>;

export type ClassRules = ClassRulesData & {
	/** Every unit word: measure words, currencies, magnitudes and measures. */
	unitWords: ReadonlySet<string>;
};

/** Checks the rules file; a bad entry is named with the file, its line and its path in it. */
export function checkClassRules(text: string, file = CLASS_RULES_FILE): ClassRulesData {
	const { value: data, lineOf } = readCheckedYaml(text, file, classRulesSchema);
	for (const list of ['measureWords', 'currencies', 'magnitudes', 'measures'] as const) {
		const entries = data[list];
		const twice = entries.findIndex((word, i) => entries.indexOf(word) !== i);
		if (twice >= 0) throw new Error(`${file}:${lineOf([list, twice])}: ${list}: ${entries[twice]} is listed twice`);
	}
	return data;
}

/** The rules with what the classes derive from them. */
export function classRulesFrom(data: ClassRulesData): ClassRules {
	return { ...data, unitWords: new Set([...data.measureWords, ...data.currencies, ...data.magnitudes, ...data.measures]) };
}

/** Parses the rules file (checkClassRules) into the rules the classes use. */
export function parseClassRules(text: string, file = CLASS_RULES_FILE): ClassRules {
	return classRulesFrom(checkClassRules(text, file));
}

/** What to do about a bad rules file, told with its error. */
export const CLASS_RULES_HINT = `Fix ${CLASS_RULES_FILE}: each list holds distinct words; the classes and their rules are described in src/site/compare/classify.ts.`;
