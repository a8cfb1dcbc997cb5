/**
 * What kind of difference two readings of one place are, in the words a reader
 * checks a text with: a figure, a unit, the wording, the shape of a character (two
 * code points that look alike), punctuation or spacing only, or text one side has and
 * the other has not. Nothing here corrects either reading.
 */
export type DifferenceClass = 'figure' | 'unit' | 'wording' | 'shape' | 'punctuation' | 'missing' | 'extra';

/** From the weightiest to the slightest: a paragraph is listed under its weightiest difference. */
export const DIFFERENCE_CLASSES: readonly DifferenceClass[] = ['figure', 'unit', 'wording', 'shape', 'missing', 'extra', 'punctuation'];

export const DIFFERENCE_LABEL: Record<DifferenceClass, string> = {
	figure: '数字',
	unit: '单位',
	wording: '措辞',
	shape: '字形',
	missing: '缺漏',
	extra: '多出',
	punctuation: '标点',
};

/** Characters that print alike and are told apart only by their code points. */
const LOOKALIKES: readonly string[] = ['一—―－-─ー‐‑–', '〇○◯OoＯ0０', '·•・‧∙', '口囗□', '二＝=', '丨|｜', '卜⼘', '曰日', '己已巳', '戊戌戍', '夭天', '末未', '土士', '人入'];
const LOOKALIKE_GROUP = new Map<string, number>();
LOOKALIKES.forEach((group, index) => {
	for (const character of group) LOOKALIKE_GROUP.set(character, index);
});

// Units and magnitudes a report writes after a figure: 5 万人, 15.4%, 200 万亩.
const UNIT = /^[%％‰万亿千百十分点元人户个项家所座条公里千米平方吨亩瓦时小年月日天次倍辆件台套份例名位间处批头顷立标准煤度级家kKmMwWhHgG]+$/u;
const DIGIT = /\p{Nd}/u;
const FIGURE = /^[\p{Nd}.．,，]+$/u;
// Punctuation and symbols, but not the per cent sign: 6% against 6 is a unit.
const PUNCTUATION = /^[\p{P}\p{S}]+$/u;

/** Two readings as a reader compares them: width variants (，/,) and the two quote styles are one. */
export function foldReading(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[“”„‟"]/gu, '"')
		.replace(/[‘’‚‛']/gu, "'");
}

const isPunctuation = (text: string) => PUNCTUATION.test(text) && !/[%％‰]/u.test(text);

export interface Context {
	/** The characters just before the difference (two, on the full text's side), '' at the start. */
	before: string;
	/** The character after it, '' at the end. */
	after: string;
}

/**
 * Classifies one difference: `full` is what the full text reads there, `other` what
 * the other publication reads ('' where one has nothing); white space is not part of
 * either. `context` is the text around it, which tells a dropped digit (72% → 7%,
 * a figure) from dropped words.
 */
export function classifyDifference(full: string, other: string, context: Context = { before: '', after: '' }): DifferenceClass {
	if (full === other) throw new Error('classifyDifference: the two readings are the same');
	// Next to a number: a digit, or a magnitude after one (200 亿|度, 千亿|级).
	const touchesFigure = /[\p{Nd}〇一二三四五六七八九十百千万亿两][万亿]?$/u.test(context.before) || /^\p{Nd}/u.test(context.after);
	const both = [full, other].filter((side) => side !== '');
	if (foldReading(full) === foldReading(other)) return both.every(isPunctuation) ? 'punctuation' : 'shape';
	// A decimal point or a digit dropped inside a number changes the figure: 2762 against 276.2.
	if (both.every((side) => FIGURE.test(side)) && /\p{Nd}$/u.test(context.before) && DIGIT.test(context.after)) return 'figure';
	if (both.every(isPunctuation)) return 'punctuation';
	if (full && other && looksAlike(full, other)) return 'shape';
	if (full && other && (DIGIT.test(full) || DIGIT.test(other))) return 'figure';
	// Digits one side has and the other has not (近千人 against 近2千人) change a figure.
	if (both.every((side) => FIGURE.test(side)) && (touchesFigure || DIGIT.test(full + other))) return 'figure';
	if (both.every((side) => UNIT.test(side)) && (touchesFigure || DIGIT.test(full + other))) return 'unit';
	if (!other) return 'missing';
	if (!full) return 'extra';
	return 'wording';
}

function looksAlike(a: string, b: string): boolean {
	const left = [...a];
	const right = [...b];
	if (left.length !== right.length) return false;
	return left.every((character, i) => {
		const group = LOOKALIKE_GROUP.get(character);
		return character === right[i] || (group !== undefined && group === LOOKALIKE_GROUP.get(right[i]!));
	});
}

/** A character as a reader can check it: 一 U+4E00. */
export function codePoint(character: string): string {
	return `${character} U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The code points of two short readings, side by side: “一 U+4E00 ↔ — U+2014”. */
export function namePoints(full: string, other: string): string {
	const name = (text: string) => [...text].map(codePoint).join(' ');
	return `${name(full) || '（无）'} ↔ ${name(other) || '（无）'}`;
}
