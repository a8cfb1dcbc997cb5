/**
 * Keyness: which words a report uses markedly more than the other reports, by Dunning's
 * log-likelihood G² (Rayson & Garside 2000). One definition, used by the words step for
 * the keyness lists and for the words rising and falling; the method page quotes these
 * constants.
 */

/**
 * The conventional critical values of χ² with one degree of freedom, weakest first: a G²
 * at or above one means the difference is significant at that level. Assigned on the G²
 * as shown (two decimals), so that a reader can check a row against this table.
 */
export const SIGNIFICANCE_LEVELS = [
	{ p: '0.05', critical: 3.84 },
	{ p: '0.01', critical: 6.63 },
	{ p: '0.001', critical: 10.83 },
	{ p: '0.0001', critical: 15.13 },
] as const;
export type SignificanceP = (typeof SIGNIFICANCE_LEVELS)[number]['p'];

/** The level the pages call key (p < 0.0001): the strictest, as Rayson advises when many words are tested at once. */
export const KEYNESS_LEVEL = SIGNIFICANCE_LEVELS[SIGNIFICANCE_LEVELS.length - 1]!;
/**
 * A word is tested only if it stands often enough on the side that over-uses it: once per
 * thousand words of that text, at least 3 and at most 5 times. A full text (some 5,000
 * words) needs 5; the 2026 summary (1,483 words) needs 3, as frequent for its length as
 * 10 in a full text; at 5 only 46 of its words would be tested. Below 3, a word can stand
 * out through one sentence that repeats it.
 */
export const KEYNESS_MIN_FREQUENCY = { perTokens: 1000, least: 3, most: 5 } as const;

export function minFrequency(tokens: number): number {
	return Math.min(KEYNESS_MIN_FREQUENCY.most, Math.max(KEYNESS_MIN_FREQUENCY.least, Math.ceil(tokens / KEYNESS_MIN_FREQUENCY.perTokens)));
}
/** How many words a report's keyness list shows: the most over-used by G², whatever level they reach. */
export const KEYNESS_LISTED = 100;

/** The strictest level a G² reaches, or null when it reaches none (not significant at p < 0.05). */
export function significance(g2: number): SignificanceP | null {
	let reached: SignificanceP | null = null;
	for (const level of SIGNIFICANCE_LEVELS) if (g2 >= level.critical) reached = level.p;
	return reached;
}

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
	/** Tokens in the text, and in the reference. */
	frequency: number;
	referenceFrequency: number;
	/** G², rounded to two decimals. */
	g2: number;
	/** The strictest significance level the G² reaches; null for none. */
	p: SignificanceP | null;
}

export interface KeynessList {
	/** The words over-used in the text, strongest first: at most `listed`, significant or not. */
	words: KeyWord[];
	/** How often a word had to stand in the text to be tested (minFrequency). */
	minFrequency: number;
	/** How many words were tested: over-used, and standing at least `minFrequency` times. */
	tested: number;
	/** Per level, weakest first: how many tested words reach it (a word reaching p < 0.001 also reaches p < 0.01). */
	reaching: Array<{ p: SignificanceP; critical: number; words: number }>;
}

/** The words over-used in `target` against `reference` (token counts), strongest first by G², with the level each reaches. */
export function keyWords(target: ReadonlyMap<string, number>, reference: ReadonlyMap<string, number>, listed: number = KEYNESS_LISTED): KeynessList {
	const c = sum(target);
	const d = sum(reference);
	const least = minFrequency(c);
	const tested: KeyWord[] = [];
	for (const [word, a] of target) {
		if (a < least) continue;
		const b = reference.get(word) ?? 0;
		if (a / c <= b / d) continue;
		const g2 = Math.round(logLikelihood(a, b, c, d) * 100) / 100;
		tested.push({ word, frequency: a, referenceFrequency: b, g2, p: significance(g2) });
	}
	tested.sort((x, y) => y.g2 - x.g2 || (x.word < y.word ? -1 : x.word > y.word ? 1 : 0));
	return {
		words: tested.slice(0, listed),
		minFrequency: least,
		tested: tested.length,
		reaching: SIGNIFICANCE_LEVELS.map(({ p, critical }) => ({ p, critical, words: tested.filter((w) => w.g2 >= critical).length })),
	};
}

export function sum(counts: ReadonlyMap<string, number>): number {
	let n = 0;
	for (const v of counts.values()) n += v;
	return n;
}
