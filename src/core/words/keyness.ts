/**
 * Keyness: which words a report uses markedly more than the other reports, by Dunning's
 * log-likelihood G² (Rayson & Garside 2000). One definition, used by the words step for
 * the keyness lists and for the words rising and falling; the method page quotes these
 * constants.
 */

/** G² ≥ 15.13 ⇔ p < 0.0001 (χ², one degree of freedom). */
export const KEYNESS_THRESHOLD = 15.13;
/** The p-value the threshold stands for, as the method page states it. */
export const KEYNESS_P = '0.0001';
/** A word is tested only if it stands at least this often in the report (fewer is noise). */
export const KEYNESS_MIN_FREQUENCY = 5;
/** How many key words a report lists at most. */
export const KEYNESS_LISTED = 100;

const term = (observed: number, expected: number) => (observed === 0 ? 0 : observed * Math.log(observed / expected));

/**
 * G² for a word seen `a` times in a text of `c` words and `b` times in a reference of `d`
 * words. 0 when the word is absent from both or a side is empty.
 */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
	for (const [name, n] of Object.entries({ a, b, c, d })) if (!Number.isInteger(n) || n < 0) throw new RangeError(`logLikelihood: ${name} must be a count, got ${n}`);
	if (a > c || b > d) throw new RangeError(`logLikelihood: a word cannot stand more often (${a}, ${b}) than the text has words (${c}, ${d})`);
	if (c === 0 || d === 0 || a + b === 0) return 0;
	const e1 = (c * (a + b)) / (c + d);
	const e2 = (d * (a + b)) / (c + d);
	return 2 * (term(a, e1) + term(b, e2));
}

export interface KeyWord {
	word: string;
	/** Tokens in the report, and in the reference (the other reports' bodies together). */
	frequency: number;
	referenceFrequency: number;
	/** G², rounded to two decimals. */
	g2: number;
}

export interface KeynessList {
	/** Words whose G² reaches the threshold, over-used in the report, strongest first (at most KEYNESS_LISTED). */
	words: KeyWord[];
	/** How many words reached the threshold in all. */
	passing: number;
}

/** The words over-used in `target` against `reference` (token counts), at G² ≥ KEYNESS_THRESHOLD. */
export function keyWords(target: ReadonlyMap<string, number>, reference: ReadonlyMap<string, number>): KeynessList {
	const c = sum(target);
	const d = sum(reference);
	const passing: KeyWord[] = [];
	for (const [word, a] of target) {
		if (a < KEYNESS_MIN_FREQUENCY) continue;
		const b = reference.get(word) ?? 0;
		if (a / c <= b / d) continue;
		const g2 = logLikelihood(a, b, c, d);
		if (g2 >= KEYNESS_THRESHOLD) passing.push({ word, frequency: a, referenceFrequency: b, g2: Math.round(g2 * 100) / 100 });
	}
	passing.sort((x, y) => y.g2 - x.g2 || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0));
	return { words: passing.slice(0, KEYNESS_LISTED), passing: passing.length };
}

function sum(counts: ReadonlyMap<string, number>): number {
	let n = 0;
	for (const v of counts.values()) n += v;
	return n;
}
