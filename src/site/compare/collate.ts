import { alignBlocks } from './align.ts';
import type { CollationBlock } from './blocks.ts';
import { DIFFERENCE_CLASSES, type ClassifyOptions, type DifferenceClass } from './classify.ts';
import { diffParagraphs, type ParagraphDiff } from './diff.ts';

/**
 * One publication of a report set against its full text, block by block: each block
 * of the publication with the full-text block that prints it, their differences
 * classified, and what the publication prints that the full text does not. How a
 * publication relates to its full text comes from its shape in the manifest: a
 * digest quotes stretches of paragraphs (what it leaves out is no difference), a
 * print reproduces them whole.
 */
export type CollationMode = 'whole' | 'excerpt';

export type EntryStatus = 'identical' | 'spacing' | DifferenceClass;

export interface CollationEntry {
	full: CollationBlock;
	/** The full-text block's place among the full text's blocks, in reading order. */
	fullIndex: number;
	other: CollationBlock;
	/** identical; spacing: only white space differs; else the weightiest class of its differences. */
	status: EntryStatus;
	/** Every class among its differences. */
	classes: DifferenceClass[];
	/** The share of the other block's text found in the full-text block. */
	score: number;
	diff: ParagraphDiff;
}

export interface CollationSummary {
	/** Blocks of the other publication. */
	blocks: number;
	paired: number;
	identical: number;
	/** Only white space differs. */
	spacing: number;
	/** Differ in punctuation (and white space) only. */
	punctuationOnly: number;
	/** Paired blocks with at least one difference of each class. */
	blocksWith: Record<DifferenceClass, number>;
	/** Differences of each class, over all pairs. */
	differences: Record<DifferenceClass, number>;
	/** Blocks of the other publication the full text has no counterpart for. */
	unpaired: number;
}

export interface Collation {
	entries: CollationEntry[];
	unpaired: CollationBlock[];
	summary: CollationSummary;
}

const zero = (): Record<DifferenceClass, number> => Object.fromEntries(DIFFERENCE_CLASSES.map((c) => [c, 0])) as Record<DifferenceClass, number>;

/** `classify`: what the classes need to know of the publications (recognised from images, the report's years). */
export function collate(full: readonly CollationBlock[], other: readonly CollationBlock[], mode: CollationMode, classify: ClassifyOptions): Collation {
	const { match, score } = alignBlocks(
		full.map((b) => b.text),
		other.map((b) => b.text),
	);
	const entries: CollationEntry[] = [];
	const unpaired: CollationBlock[] = [];
	other.forEach((block, j) => {
		const k = match[j]!;
		if (k === -1) {
			unpaired.push(block);
			return;
		}
		const counterpart = full[k]!;
		const diff = diffParagraphs(counterpart.text, block.text, {
			excerptStart: mode === 'excerpt' || Boolean(block.cut?.from),
			excerptEnd: mode === 'excerpt' || Boolean(block.cut?.to),
			classify,
		});
		const classes = DIFFERENCE_CLASSES.filter((c) => diff.differences.some((d) => d.class === c));
		entries.push({ full: counterpart, fullIndex: k, other: block, status: classes[0] ?? spacingOrIdentical(counterpart, block, diff), classes, score: score[j]!, diff });
	});
	return { entries, unpaired, summary: summarize(other.length, entries, unpaired.length) };
}

/** Without a difference: identical where the other's text is the full text's (or its excerpt) to the space. */
function spacingOrIdentical(full: CollationBlock, other: CollationBlock, diff: ParagraphDiff): 'identical' | 'spacing' {
	const quoted = diff.full
		.filter((r) => r.mark !== 'outside')
		.map((r) => r.text)
		.join('');
	return quoted.trim() === other.text.trim() || full.text === other.text ? 'identical' : 'spacing';
}

export function summarize(blocks: number, entries: readonly CollationEntry[], unpaired: number): CollationSummary {
	const blocksWith = zero();
	const differences = zero();
	for (const entry of entries) {
		for (const c of entry.classes) blocksWith[c]++;
		for (const d of entry.diff.differences) differences[d.class]++;
	}
	return {
		blocks,
		paired: entries.length,
		identical: entries.filter((e) => e.status === 'identical').length,
		spacing: entries.filter((e) => e.status === 'spacing').length,
		punctuationOnly: entries.filter((e) => e.classes.length === 1 && e.classes[0] === 'punctuation').length,
		blocksWith,
		differences,
		unpaired,
	};
}
