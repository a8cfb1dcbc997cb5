import { normalizeText } from './fold.ts';

/**
 * The literal test a search result must pass, and where the query stands in a
 * paragraph's own text (for highlighting it without touching that text).
 */
export function containsAll(text: string, terms: readonly string[]): boolean {
	const folded = normalizeText(text).text;
	return terms.every((term) => folded.includes(term));
}

/**
 * THE counting rule of the site, for the search, the word lists and the subject page
 * alike: a term's occurrences in a folded text, as a reader's Ctrl+F counts them, left to
 * right, not overlapping: 发展发展发展 holds 发展 three times and 发展发展 once (the place
 * starting at its third character overlaps the first). The method page states it.
 */
export function foldedOccurrences(folded: string, term: string): number {
	if (term === '') return 0;
	let count = 0;
	for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) count++;
	return count;
}

/** A folded term's occurrences in a paragraph's own text, by the one rule (foldedOccurrences). */
export function countOccurrences(text: string, term: string): number {
	return foldedOccurrences(normalizeText(text).text, term);
}

/** [start, end) offsets in the original text of every occurrence of any term, merged and in order. */
export function matchRanges(text: string, terms: readonly string[]): Array<[number, number]> {
	const { text: folded, starts, ends } = normalizeText(text);
	const ranges: Array<[number, number]> = [];
	for (const term of terms) {
		if (term === '') continue;
		for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + 1)) {
			ranges.push([starts[at]!, ends[at + term.length - 1]!]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
	const merged: Array<[number, number]> = [];
	for (const range of ranges) {
		const last = merged.at(-1);
		if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
		else merged.push([range[0], range[1]]);
	}
	return merged;
}

export interface ExcerptPart {
	text: string;
	mark: boolean;
}

export interface Excerpt {
	parts: ExcerptPart[];
	/** Whether text is left out before or after the excerpt. */
	before: boolean;
	after: boolean;
}

/**
 * A window of the paragraph around its first match, cut into plain and marked parts
 * (rendered as text, never as HTML). A short paragraph is shown whole.
 */
export function excerpt(text: string, ranges: ReadonlyArray<readonly [number, number]>, lead = 40, length = 160): Excerpt {
	const first = ranges[0]?.[0] ?? 0;
	let from = text.length <= length ? 0 : Math.max(0, first - lead);
	let to = Math.min(text.length, from + length);
	if (to - from < length) from = Math.max(0, to - length);
	// Never cut a surrogate pair in two.
	if (from > 0 && /[\uDC00-\uDFFF]/.test(text[from]!)) from--;
	if (to < text.length && /[\uDC00-\uDFFF]/.test(text[to]!)) to++;
	const parts: ExcerptPart[] = [];
	let at = from;
	for (const [start, end] of ranges) {
		if (end <= from || start >= to) continue;
		const markStart = Math.max(start, from);
		const markEnd = Math.min(end, to);
		if (markStart > at) parts.push({ text: text.slice(at, markStart), mark: false });
		parts.push({ text: text.slice(markStart, markEnd), mark: true });
		at = markEnd;
	}
	if (at < to) parts.push({ text: text.slice(at, to), mark: false });
	return { parts, before: from > 0, after: to < text.length };
}
