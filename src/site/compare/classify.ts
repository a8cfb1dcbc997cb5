import type { ClassRules } from './class-rules.ts';

/**
 * What kind of difference two readings of one place are, in the words a reader
 * checks a text with: a figure, a unit, the wording, the order of the same
 * characters, a year named two ways, a suspected recognition error (only in a
 * publication recognised from images), the shape of a character (two code points
 * that look alike), punctuation or width only, or text one side has and the other
 * has not. Nothing here corrects either reading. The vocabulary of the rules and the
 * one-line rule shown to readers are in content/collation/classes.yml.
 */
export type DifferenceClass = 'figure' | 'unit' | 'wording' | 'order' | 'year-name' | 'missing' | 'extra' | 'recognition' | 'shape' | 'punctuation';

/** From the weightiest to the slightest: a paragraph is listed under its weightiest difference. */
export const DIFFERENCE_CLASSES: readonly DifferenceClass[] = ['figure', 'unit', 'wording', 'order', 'year-name', 'missing', 'extra', 'recognition', 'shape', 'punctuation'];

export const DIFFERENCE_LABEL: Record<DifferenceClass, string> = {
	figure: '数字',
	unit: '单位',
	wording: '措辞',
	order: '语序',
	'year-name': '年份称法',
	missing: '缺漏',
	extra: '多出',
	recognition: '疑似识别错误',
	shape: '字形',
	punctuation: '标点',
};

/** The one-line rule of each class, as the method section shows it. */
export function differenceRule(c: DifferenceClass, rules: ClassRules): string {
	const rule = rules.rules[c];
	if (!rule) throw new Error(`content/collation/classes.yml: rules: no rule for the class ${c}`);
	return rule;
}

/** Characters that print alike and are told apart only by their code points. */
const LOOKALIKES: readonly string[] = ['一—―－-─ー‐‑–', '〇○◯OoＯ0０', '·•・‧∙', '口囗□', '二＝=', '丨|｜', '卜⼘', '曰日', '己已巳', '戊戌戍', '夭天', '末未', '土士', '人入'];
const LOOKALIKE_GROUP = new Map<string, number>();
LOOKALIKES.forEach((group, index) => {
	for (const character of group) LOOKALIKE_GROUP.set(character, index);
});

const DIGIT = /\p{Nd}/u;
const FIGURE = /^[\p{Nd}.．,，]+$/u;
const LATIN = /[A-Za-zＡ-Ｚａ-ｚ]/u;
const HAN = /\p{Script=Han}/u;
// Punctuation and symbols, but not the per cent sign: 6% against 6 is a unit.
const PUNCTUATION = /^[\p{P}\p{S}]+$/u;
// A number just before: a digit, or a numeral or magnitude (200 亿|度, 千亿|级, 近千|人).
const NUMBER_BEFORE = /[\p{Nd}〇一二三四五六七八九十百千万亿两]$/u;

/** Two readings as a reader compares them: width variants (，/,) and the two quote styles are one. */
export function foldReading(text: string): string {
	return text
		.normalize('NFKC')
		.replace(/[“”„‟"]/gu, '"')
		.replace(/[‘’‚‛']/gu, "'");
}

const isPunctuation = (text: string) => PUNCTUATION.test(text) && !/[%％‰]/u.test(text);
/** A reading without its punctuation (not the per cent sign), folded: what is left to tell apart. */
const core = (text: string) => foldReading([...text].filter((c) => !isPunctuation(c)).join(''));

export interface Context {
	/** The characters just before the difference, on the full text's side ('' at the start). */
	before: string;
	/** The characters just after it, on the full text's side. */
	after: string;
	/** The same on the other publication's side; the full text's where not given. */
	otherBefore?: string;
	otherAfter?: string;
}

export interface ClassifyOptions {
	/** The other publication was recognised from images (the manifest's `recognisedFromImages`). */
	recognised?: boolean;
	/** The years the report reviews and plans (the manifest's `reviews` and `plans`). */
	years?: { reviews: readonly number[]; plans: readonly number[] };
	/** The project's rules (content/collation/classes.yml), as the content layer holds them. */
	rules: ClassRules;
}

/** What the classes need to know of the two publications: the options but the rules. */
export type PublicationFacts = Omit<ClassifyOptions, 'rules'>;

/**
 * Classifies one difference: `full` is what the full text reads there, `other` what
 * the other publication reads ('' where one has nothing); white space is not part of
 * either. `context` is the text around it, which tells a dropped digit (72% → 7%,
 * a figure) from dropped words, and a unit word from any other word.
 */
export function classifyDifference(full: string, other: string, context: Context, options: ClassifyOptions): DifferenceClass {
	if (full === other) throw new Error('classifyDifference: the two readings are the same');
	const { rules } = options;
	const both = [full, other].filter((side) => side !== '');
	if (foldReading(full) === foldReading(other)) return both.every(isPunctuation) ? 'punctuation' : 'shape';
	// A decimal point or a digit dropped inside a number changes the figure: 2762 against 276.2.
	if (both.every((side) => FIGURE.test(side)) && /\p{Nd}$/u.test(context.before) && DIGIT.test(context.after)) return 'figure';
	if (full && other && looksAlike(full, other)) return 'shape';
	if (options.recognised && recognitionReason(full, other, context, rules)) return 'recognition';
	const [a, b] = [core(full), core(other)];
	if (a === b) return 'punctuation';
	if (options.years && namesSameYear(full, other, context, options.years, rules)) return 'year-name';
	if (a && b && DIGIT.test(a + b)) return 'figure';
	// Digits one side has and the other has not (近千人 against 近2千人) change a figure.
	if ([a, b].every((side) => side === '' || FIGURE.test(side)) && DIGIT.test(a + b)) return 'figure';
	if (unitDiffers(a, b, context, rules)) return 'unit';
	if (a && b && sameCharacters(a, b)) return 'order';
	if (!b) return 'missing';
	if (!a) return 'extra';
	return 'wording';
}

/** The same characters in another order: 晶硅 against 硅晶. */
export function sameCharacters(a: string, b: string): boolean {
	const sorted = (text: string) => [...text].sort().join('');
	return a !== b && sorted(a) === sorted(b);
}

export type RecognitionReason = 'lookalike' | 'latin' | 'doubled';

/**
 * A recognition error as three exact rules tell one: a pair of characters declared
 * in the rules file, a Latin letter among Chinese characters where the full text has
 * none, a character recognised twice (the one added repeats its neighbour). Which
 * rule holds, so that the page can say why the difference is suspected.
 */
export function recognitionReason(full: string, other: string, context: Context, rules: ClassRules): RecognitionReason | undefined {
	const [a, b] = [core(full), core(other)];
	if (rules.lookalikes.some(([printed, recognised]) => a === printed && b === recognised)) return 'lookalike';
	const otherBefore = context.otherBefore ?? context.before;
	const otherAfter = context.otherAfter ?? context.after;
	if (LATIN.test(b) && !LATIN.test(a) && HAN.test(otherBefore.slice(-1) + b + otherAfter.slice(0, 1))) return 'latin';
	if (!a && b && HAN.test(b) && (otherBefore.endsWith(b) || otherAfter.startsWith(b))) return 'doubled';
	return undefined;
}

/**
 * A year named two ways: a relative name on one side (过去一年), the calendar year on
 * the other (2023年), where the relative name means that very year of the report.
 * What else differs there may only be punctuation and a heading's ordinal (一、).
 */
function namesSameYear(full: string, other: string, context: Context, years: NonNullable<ClassifyOptions['years']>, rules: ClassRules): boolean {
	const otherBefore = context.otherBefore ?? context.before;
	const otherAfter = context.otherAfter ?? context.after;
	const relative = (text: string, before: string, after: string) =>
		Object.entries(rules.relativeYears).flatMap(([phrase, kind]) => {
			const rest = cover(text, before, after, phrase, /^[\p{P}一二三四五六七八九十]*$/u);
			return rest ? years[kind] : [];
		});
	const absolute = (text: string, before: string, after: string, named: readonly number[]) => named.some((year) => cover(text, before, after, `${year}年`, /^[\p{P}]*$/u));
	return (
		(relative(full, context.before, context.after).length > 0 && absolute(other, otherBefore, otherAfter, relative(full, context.before, context.after))) ||
		(relative(other, otherBefore, otherAfter).length > 0 && absolute(full, context.before, context.after, relative(other, otherBefore, otherAfter)))
	);
}

/** `phrase` stands across `text` (with its context), and what `text` holds beyond it matches `rest`. */
function cover(text: string, before: string, after: string, phrase: string, rest: RegExp): boolean {
	const whole = before + text + after;
	for (let at = whole.indexOf(phrase); at !== -1; at = whole.indexOf(phrase, at + 1)) {
		const [start, end] = [before.length, before.length + text.length];
		if (at >= end || at + phrase.length <= start) continue;
		const left = whole.slice(start, Math.max(start, at));
		const right = whole.slice(Math.min(end, at + phrase.length), end);
		if (rest.test(left + right)) return true;
	}
	return false;
}

/**
 * A unit word differs, or is dropped, after a number: the unit as each side prints it
 * (the unit words before the difference, the difference, those after it) is made of
 * unit words only, and the two differ: 332宗 ↔ 332家, 55.8亿元 ↔ 55.8亿美元, 200亿度 ↔ 200亿.
 */
function unitDiffers(a: string, b: string, context: Context, rules: ClassRules): boolean {
	if (DIGIT.test(a + b)) return false;
	const lead = unitSuffix(context.before, rules);
	// After a number: a digit or numeral, or a magnitude that is one itself (千亿级).
	if (!NUMBER_BEFORE.test(context.before.slice(0, context.before.length - lead.length)) && !/^[十百千万亿]/u.test(lead)) return false;
	const trail = (after: string) => unitPrefix(after, rules);
	const [fullUnit, otherUnit] = [lead + a + trail(context.after), lead + b + trail(context.otherAfter ?? context.after)];
	return fullUnit !== otherUnit && [fullUnit, otherUnit].every((unit) => unit === '' || segments(unit, rules)) && [a, b].some((side) => side !== '');
}

/** Whether `text` is made of unit words, one after another. */
function segments(text: string, rules: ClassRules): boolean {
	const ok = [true];
	for (let end = 1; end <= text.length; end++)
		ok[end] = [...rules.unitWords].some((word) => end >= word.length && ok[end - word.length] === true && text.slice(end - word.length, end) === word);
	return ok[text.length] === true;
}

/** The longest end of `text` made of unit words (亿 of 55.8亿). */
function unitSuffix(text: string, rules: ClassRules): string {
	for (let start = 0; start < text.length; start++) if (segments(text.slice(start), rules) && !/^\p{Nd}/u.test(text.slice(start))) return text.slice(start);
	return '';
}

/** The longest start of `text` made of unit words (元 of 元、增长). */
function unitPrefix(text: string, rules: ClassRules): string {
	for (let end = text.length; end > 0; end--) if (segments(text.slice(0, end), rules)) return text.slice(0, end);
	return '';
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
