/**
 * What a search treats as the same text, as a reader's Ctrl+F would: white space is
 * ignored (the newspaper prints “650 个”, the full text “增长 6%以上”), full-width and
 * half-width forms are one (“0.2％” and “0.2%”), the two circles used as a zero in
 * numerals are one (二〇三五年, 二○三五年), Latin letters match in either case, and the
 * curly and straight quotation marks are one (“国之大者” and "国之大者", ‘’ and '): the
 * infographic prints straight ones. Nothing else is folded, so that a match is always
 * the reader's own string.
 *
 * The same function runs at build time (the index) and in the browser (queries,
 * verification, highlighting), so the two cannot disagree.
 */
export interface NormalizedText {
	/** The folded text. */
	text: string;
	/** For each UTF-16 unit of `text`, where its character starts in the original. */
	starts: number[];
	/** For each UTF-16 unit of `text`, where its character ends in the original. */
	ends: number[];
}

// White space, invisible format characters (zero-width space, BOM …) and controls.
const IGNORED = /[\s\p{Cf}\p{Cc}]/u;
const FULLWIDTH_FIRST = 0xff01;
const FULLWIDTH_LAST = 0xff5e;
const FULLWIDTH_OFFSET = 0xfee0;
const SAME: Record<string, string> = { '○': '〇', '◯': '〇', '“': '"', '”': '"', '‘': "'", '’': "'" };

/** One character as the search sees it, or '' when it is ignored. */
export function foldCharacter(character: string): string {
	if (IGNORED.test(character)) return '';
	const code = character.codePointAt(0)!;
	let folded = character;
	if (code >= FULLWIDTH_FIRST && code <= FULLWIDTH_LAST) folded = String.fromCodePoint(code - FULLWIDTH_OFFSET);
	else if (code === 0x3000) return '';
	folded = SAME[folded] ?? folded;
	// Latin letters only: other scripts keep their case, so no character turns into two.
	return /[A-Z]/.test(folded) ? folded.toLowerCase() : folded;
}

export function normalizeText(original: string): NormalizedText {
	let text = '';
	const starts: number[] = [];
	const ends: number[] = [];
	let index = 0;
	for (const character of original) {
		const folded = foldCharacter(character);
		for (let unit = 0; unit < folded.length; unit++) {
			starts.push(index);
			ends.push(index + character.length);
		}
		text += folded;
		index += character.length;
	}
	return { text, starts, ends };
}

export function normalize(original: string): string {
	return normalizeText(original).text;
}

/** The longest query the search accepts, in characters of the reader's input. */
export const MAX_QUERY_LENGTH = 500;

/**
 * Where a query asks for several strings at once: a plus sign with white space on both
 * sides (`呼和浩特 + 包头`). Without the spaces a plus is part of the string (`5G+`,
 * `1+N`); white space alone is ignored like any other, as the page says.
 */
export const AND_SEPARATOR = /\s[+＋]\s/u;

/**
 * The strings a query asks for, each folded: one literal string, its white space
 * ignored (`增长 6%` is `增长6%`); several only when separated by ` + `. Empty and
 * repeated strings are dropped.
 */
export function queryTerms(query: string): string[] {
	return [...new Set(query.slice(0, MAX_QUERY_LENGTH).split(AND_SEPARATOR).map(normalize).filter(Boolean))];
}

/** The terms that decide a match: a term that another term contains adds no condition. */
export function requiredTerms(terms: readonly string[]): string[] {
	return terms.filter((term) => !terms.some((other) => other !== term && other.includes(term)));
}
