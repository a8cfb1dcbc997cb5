import { foldReading } from './classify.ts';

/**
 * Which block of the full text each block of another publication prints, found by
 * the text, not by position or by how a paragraph begins: every pair is scored by how
 * much of the other block's text (folded: no white space, no punctuation, one width)
 * the full-text block holds, in character pairs; then the best assignment that keeps
 * the reading order is taken (a digest may print several items from one paragraph,
 * so two blocks may share one), and a block found far out of order only when it
 * matches almost whole.
 */
export interface AlignOptions {
	/** The least share of a block's character pairs found in its counterpart. */
	threshold?: number;
	/** Out of the reading order, a block is paired only at this share or more. */
	outOfOrder?: number;
}

export interface Alignment {
	/** For each block of the other publication, the index of its full-text block, or -1. */
	match: number[];
	/** The share of its text found there (0 for an unmatched block). */
	score: number[];
}

/** The text as the alignment compares it. */
export function foldForAlignment(text: string): string {
	return [...foldReading(text)]
		.filter((c) => !/[\s\p{P}\p{S}]/u.test(c) || /[%‰]/u.test(c))
		.join('')
		.toLowerCase();
}

function pairs(text: string): Set<string> {
	const chars = [...foldForAlignment(text)];
	const out = new Set<string>();
	if (chars.length === 1) out.add(chars[0]!);
	for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
	return out;
}

/** How much of `part` the text `whole` holds: the share of part's character pairs found in it. */
export function containment(part: Set<string>, whole: Set<string>): number {
	if (part.size === 0) return 0;
	let found = 0;
	for (const p of part) if (whole.has(p)) found++;
	return found / part.size;
}

export function alignBlocks(full: readonly string[], other: readonly string[], options: AlignOptions = {}): Alignment {
	const threshold = options.threshold ?? 0.5;
	const outOfOrder = options.outOfOrder ?? 0.9;
	const fullPairs = full.map(pairs);
	const otherPairs = other.map(pairs);
	const n = full.length;
	const m = other.length;
	const score = otherPairs.map((o) => fullPairs.map((f) => containment(o, f)));
	// best[i]: the greatest total over the blocks so far with every match at index < i.
	let best = new Float64Array(n + 1);
	// 0: carried from i-1; 1: this block unmatched; 2: this block matched to i-1.
	const choice = other.map(() => new Uint8Array(n + 1));
	for (let j = 0; j < m; j++) {
		const next = new Float64Array(n + 1);
		const row = choice[j]!;
		next[0] = best[0]!;
		row[0] = 1;
		for (let i = 1; i <= n; i++) {
			const s = score[j]![i - 1]!;
			const matched = s >= threshold ? best[i]! + s : -1;
			const unmatched = best[i]!;
			const carried = next[i - 1]!;
			if (matched > unmatched && matched > carried) {
				next[i] = matched;
				row[i] = 2;
			} else if (unmatched >= carried) {
				next[i] = unmatched;
				row[i] = 1;
			} else {
				next[i] = carried;
				row[i] = 0;
			}
		}
		best = next;
	}
	const match = new Array<number>(m).fill(-1);
	let i = n;
	for (let j = m - 1; j >= 0;) {
		const c = choice[j]![i]!;
		if (c === 0) i--;
		else {
			if (c === 2) match[j] = i - 1;
			j--;
		}
	}
	for (let j = 0; j < m; j++) {
		if (match[j] !== -1) continue;
		const row = score[j]!;
		let top = -1;
		for (let k = 0; k < n; k++) if (row[k]! >= outOfOrder && (top === -1 || row[k]! > row[top]!)) top = k;
		match[j] = top;
	}
	return { match, score: match.map((k, j) => (k === -1 ? 0 : score[j]![k]!)) };
}
