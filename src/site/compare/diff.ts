import { diffChars } from 'diff';
import { classifyDifference, foldReading, namePoints, recognitionReason, sameCharacters, type ClassifyOptions, type DifferenceClass, type RecognitionReason } from './classify.ts';

/**
 * Two readings of one paragraph, character by character, blind to white space (the
 * newspaper spaces numbers by its columns; the full text spaces them too, but not in
 * the same places). The character diff is jsdiff's (`diff`, Myers' algorithm); what
 * is added here is what a reader of two editions needs: stray one-character
 * coincidences inside a rewritten phrase are folded into it, the full text beyond a
 * digest's excerpt is set apart instead of reported missing, and every difference is
 * classified (classify.ts).
 */
export interface Difference {
	class: DifferenceClass;
	/** What the full text reads ('' where it has nothing there). */
	full: string;
	/** What the other publication reads ('' where it has nothing there). */
	other: string;
	/** For a suspected recognition error: which rule suspects it. */
	reason?: RecognitionReason;
	/** For a character shape or a one-character change: the code points, “一 U+4E00 ↔ — U+2014”. */
	codePoints?: string;
	/** Where it stands in the full text's paragraph: [start, end) in code points (start = end where the full text has nothing). */
	fullAt: [number, number];
}

export type RunMark = DifferenceClass | 'outside';

export interface Run {
	text: string;
	/** The class of the difference this run belongs to; `outside`: full text beyond the other's excerpt. */
	mark?: RunMark;
}

export interface ParagraphDiff {
	/** The full text's paragraph, whole, in runs; white space is never marked. */
	full: Run[];
	other: Run[];
	differences: Difference[];
}

export interface DiffOptions {
	/** The other side quotes a stretch of the full text: what lies before it is not a difference. */
	excerptStart?: boolean;
	/** …and what lies after it. */
	excerptEnd?: boolean;
	/** What the classes need to know of the two publications (classify.ts). */
	classify: ClassifyOptions;
}

interface Side {
	/** The characters that are not white space. */
	chars: string[];
	/** Where each of them stands in the text's code points. */
	at: number[];
	all: string[];
}

function side(text: string): Side {
	const all = [...text];
	const chars: string[] = [];
	const at: number[] = [];
	all.forEach((c, i) => {
		if (/\s/u.test(c)) return;
		chars.push(c);
		at.push(i);
	});
	return { chars, at, all };
}

/** A stretch where the two readings differ: [start, end) on each side, in non-space characters. */
interface Hunk {
	a: [number, number];
	b: [number, number];
}

/** The differing stretches of two character sequences, with the coincidences inside a rewrite absorbed. */
export function hunks(a: readonly string[], b: readonly string[]): Hunk[] {
	// jsdiff compares strings; a private-use code per distinct character keeps every character one unit.
	const codes = new Map<string, string>();
	const encode = (chars: readonly string[]) => chars.map((c) => codes.get(c) ?? (codes.set(c, String.fromCharCode(0xe000 + codes.size)), codes.get(c)!)).join('');
	const [left, right] = [encode(a), encode(b)];
	if (codes.size > 0x1800) throw new Error('hunks: too many distinct characters');
	const changes = diffChars(left, right);
	const out: Hunk[] = [];
	const equal: [number, number, number][] = [];
	let i = 0;
	let j = 0;
	for (const change of changes) {
		const n = change.value.length;
		if (change.added) j += n;
		else if (change.removed) i += n;
		else {
			equal.push([i, j, n]);
			i += n;
			j += n;
		}
	}
	// Gaps between equal stretches are the hunks.
	let pi = 0;
	let pj = 0;
	for (const [ei, ej, n] of [...equal, [a.length, b.length, 0] as [number, number, number]]) {
		if (ei > pi || ej > pj) out.push({ a: [pi, ei], b: [pj, ej] });
		pi = ei + n;
		pj = ej + n;
	}
	return absorbCoincidences(out, a, b);
}

const size = (h: Hunk) => Math.max(h.a[1] - h.a[0], h.b[1] - h.b[0]);

/**
 * One or two characters that happen to match inside a rewritten phrase (的, 、) are
 * not a shared reading: an equal stretch no longer than 2 and than the changes on
 * both its sides joins them (the rule of diff-match-patch's semantic clean-up, capped).
 */
function absorbCoincidences(list: Hunk[], a: readonly string[], b: readonly string[]): Hunk[] {
	const out: Hunk[] = [];
	// A change of punctuation or character width alone stays apart: it is its own difference.
	const slight = (h: Hunk) => {
		const [full, other] = [a.slice(...h.a).join(''), b.slice(...h.b).join('')];
		return foldReading(full) === foldReading(other) || [full, other].every((t) => t === '' || /^[\p{P}\p{S}]+$/u.test(t));
	};
	for (const hunk of list) {
		const last = out.at(-1);
		if (last && (slight(last) || slight(hunk))) {
			out.push({ a: [...hunk.a], b: [...hunk.b] });
			continue;
		}
		const gap = last ? hunk.a[0] - last.a[1] : Infinity;
		// Text one side leaves out twice over (a digest skipping a clause) keeps what the two share between.
		const substitution = (h: Hunk) => h.a[1] > h.a[0] && h.b[1] > h.b[0];
		if (last && (substitution(last) || substitution(hunk)) && gap <= 2 && gap === hunk.b[0] - last.b[1] && gap <= size(last) && gap <= size(hunk)) {
			last.a[1] = hunk.a[1];
			last.b[1] = hunk.b[1];
		} else out.push({ a: [...hunk.a], b: [...hunk.b] });
	}
	return out;
}

export function diffParagraphs(fullText: string, otherText: string, options: DiffOptions): ParagraphDiff {
	const a = side(fullText);
	const b = side(otherText);
	let window: [number, number] = [0, a.chars.length];
	let list = hunks(a.chars, b.chars);
	if ((options.excerptStart || options.excerptEnd) && list.length > 0 && b.chars.length > 0) {
		window = bestWindow(a.chars, b.chars, options);
		list = hunks(a.chars.slice(window[0], window[1]), b.chars).map((h) => ({ a: [h.a[0] + window[0], h.a[1] + window[0]], b: h.b }));
		const dropped = options.excerptEnd ? droppedUnit(a.chars, b.chars, window, options.classify) : undefined;
		if (dropped) {
			list.push(dropped);
			window = [window[0], dropped.a[1]];
		}
	}
	list = joinReordered(list, a.chars, b.chars);
	const marksA = new Array<RunMark | undefined>(a.chars.length);
	const marksB = new Array<RunMark | undefined>(b.chars.length);
	for (let k = 0; k < window[0]; k++) marksA[k] = 'outside';
	for (let k = window[1]; k < a.chars.length; k++) marksA[k] = 'outside';
	const differences: Difference[] = list.map((h) => {
		const full = a.chars.slice(...h.a).join('');
		const other = b.chars.slice(...h.b).join('');
		const context = contextOf(h, a.chars, b.chars);
		const kind = classifyDifference(full, other, context, options.classify);
		const reason = kind === 'recognition' ? recognitionReason(full, other, context, options.classify.rules) : undefined;
		for (let k = h.a[0]; k < h.a[1]; k++) marksA[k] = kind;
		for (let k = h.b[0]; k < h.b[1]; k++) marksB[k] = kind;
		const short = [...full].length <= 3 && [...other].length <= 3 && (kind === 'shape' || (full !== '' && other !== '' && kind !== 'punctuation'));
		const start = h.a[0] < a.at.length ? a.at[h.a[0]]! : a.all.length;
		const fullAt: [number, number] = [start, h.a[1] > h.a[0] ? a.at[h.a[1] - 1]! + 1 : start];
		return { class: kind, full, other, ...(reason ? { reason } : {}), ...(short ? { codePoints: namePoints(full, other) } : {}), fullAt };
	});
	return { full: runs(a, marksA), other: runs(b, marksB), differences };
}

const CONTEXT = 4;

/** The characters around a difference on each side, as classify.ts reads them. */
function contextOf(h: Hunk, a: readonly string[], b: readonly string[]) {
	const otherBefore = b.slice(Math.max(0, h.b[0] - CONTEXT), h.b[0]).join('');
	const otherAfter = b.slice(h.b[1], h.b[1] + CONTEXT).join('');
	return {
		before: h.a[0] > 0 ? a.slice(Math.max(0, h.a[0] - CONTEXT), h.a[0]).join('') : otherBefore,
		after: h.a[1] < a.length ? a.slice(h.a[1], h.a[1] + CONTEXT).join('') : otherAfter,
		otherBefore,
		otherAfter,
	};
}

/**
 * Two neighbouring differences that together are the same characters in another
 * order (晶硅 against 硅晶: jsdiff sees 晶 dropped and 晶 added) are one difference.
 */
function joinReordered(list: readonly Hunk[], a: readonly string[], b: readonly string[]): Hunk[] {
	const out: Hunk[] = [];
	for (const hunk of list) {
		const last = out.at(-1);
		if (last && hunk.a[0] - last.a[1] <= 2 && hunk.a[0] - last.a[1] === hunk.b[0] - last.b[1]) {
			const joined: Hunk = { a: [last.a[0], hunk.a[1]], b: [last.b[0], hunk.b[1]] };
			if (sameCharacters(a.slice(...joined.a).join(''), b.slice(...joined.b).join(''))) {
				out[out.length - 1] = joined;
				continue;
			}
		}
		out.push({ a: [...hunk.a], b: [...hunk.b] });
	}
	return out;
}

/**
 * A digest's block that ends on a figure whose unit the full text goes on with
 * (棚户区156万 against 棚户区 1.56 万套): the unit it drops is a difference, not the end
 * of the excerpt.
 */
function droppedUnit(a: readonly string[], b: readonly string[], window: [number, number], options: ClassifyOptions): Hunk | undefined {
	const end = window[1];
	if (end >= a.length || b.length === 0 || !/[\p{Nd}万亿千百]/u.test(b.at(-1)!) || a[end - 1] !== b.at(-1)) return undefined;
	for (let length = 1; length <= Math.min(3, a.length - end); length++) {
		const hunk: Hunk = { a: [end, end + length], b: [b.length, b.length] };
		const unit = a.slice(end, end + length).join('');
		if (classifyDifference(unit, '', contextOf(hunk, a, b), options) === 'unit') return hunk;
	}
	return undefined;
}

/**
 * Where a digest's block starts in the full text: its first character may occur more
 * than once in the paragraph (国家级 …, 国家级滑雪…); the start that leaves the fewest
 * differing characters inside the quoted stretch is the one it quotes.
 */
function bestWindow(a: readonly string[], b: readonly string[], options: DiffOptions): [number, number] {
	const starts = new Set([0]);
	if (options.excerptStart) a.forEach((c, i) => c === b[0] && starts.size < 40 && starts.add(i));
	let best: { window: [number, number]; cost: number } | undefined;
	for (const start of starts) {
		const tail = a.slice(start);
		const list = hunks(tail, b);
		if (list.length === 0) return [start, a.length];
		const [from, to] = excerptWindow(list, tail.length, b.length, options);
		const cost = list.reduce((sum, h) => sum + Math.max(0, Math.min(h.a[1], to) - Math.max(h.a[0], from)) + (h.b[1] - h.b[0]), 0);
		if (!best || cost < best.cost) best = { window: [from + start, to + start], cost };
	}
	return best!.window;
}

/**
 * The stretch of the full text a digest's block quotes: from the first to the last
 * character they share, widened over a substitution at either end (（一） against (一)).
 */
function excerptWindow(list: Hunk[], lengthA: number, lengthB: number, options: DiffOptions): [number, number] {
	let start = 0;
	let end = lengthA;
	const first = list[0]!;
	if (options.excerptStart && first.a[0] === 0 && first.b[0] === 0) start = Math.max(0, first.a[1] - (first.b[1] - first.b[0]));
	const last = list.at(-1)!;
	if (options.excerptEnd && last.a[1] === lengthA && last.b[1] === lengthB) end = Math.min(lengthA, last.a[0] + (last.b[1] - last.b[0]));
	return end > start ? [start, end] : [0, lengthA];
}

function runs(s: Side, marks: (RunMark | undefined)[]): Run[] {
	const byPoint = new Array<RunMark | undefined>(s.all.length);
	s.at.forEach((point, k) => (byPoint[point] = marks[k]));
	// White space takes the mark of its neighbours when both share it (inside a run), else none.
	s.all.forEach((c, i) => {
		if (!/\s/u.test(c)) return;
		const prev = byPoint[i - 1];
		let n = i + 1;
		while (n < s.all.length && /\s/u.test(s.all[n]!)) n++;
		if (prev !== undefined && prev === byPoint[n]) byPoint[i] = prev;
	});
	const out: Run[] = [];
	s.all.forEach((c, i) => {
		const mark = byPoint[i];
		const last = out.at(-1);
		if (last && last.mark === mark) last.text += c;
		else out.push(mark ? { text: c, mark } : { text: c });
	});
	return out;
}

/** The runs a view shows: the full text beyond an excerpt cut to its nearest `keep` characters. */
export function elideOutside(list: readonly Run[], keep = 12): { runs: Run[]; cutBefore: boolean; cutAfter: boolean } {
	const out = list.map((r) => ({ ...r }));
	let cutBefore = false;
	let cutAfter = false;
	const head = out[0];
	if (head?.mark === 'outside' && [...head.text].length > keep) {
		head.text = [...head.text].slice(-keep).join('');
		cutBefore = true;
	}
	const tail = out.at(-1);
	if (tail?.mark === 'outside' && [...tail.text].length > keep) {
		tail.text = [...tail.text].slice(0, keep).join('');
		cutAfter = true;
	}
	return { runs: out, cutBefore, cutAfter };
}
