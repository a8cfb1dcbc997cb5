import type { Root } from 'mdast';
import { readPageBlocks } from '../../markdown/page-blocks.ts';
import { diffParagraphs, type ParagraphDiff } from './diff.ts';

/**
 * Two publications of one report, paragraph by paragraph: where the newspaper
 * prints a paragraph of the full text, do they say the same? Paragraphs are paired
 * by how they begin; the newspaper's paragraphs are the full text's (a unit test
 * checks it), so a pair that differs differs in wording, not in layout.
 */
export interface EditionBlock {
	id: string;
	/** The page path; with `#id`, the block's deep link. */
	path: string;
	text: string;
}

export type PairStatus = 'same' | 'spacing' | 'differs' | 'partial';

export interface AlignedPair {
	a: EditionBlock;
	b: EditionBlock;
	/** same: identical; spacing: only white space differs; differs: wording differs; partial: one side stops early (a page not included). */
	status: PairStatus;
	diff: ParagraphDiff;
}

const KEY_LENGTH = 12;
const key = (text: string) => text.replace(/\s/gu, '').slice(0, KEY_LENGTH);
const squeeze = (text: string) => text.replace(/\s/gu, '');

/** The blocks of one page entry with their ids, as the site renders them. */
export function pageBlocks(tree: Root, path: string): EditionBlock[] {
	const body: Root = { ...tree, children: tree.children.filter((node) => node.type !== 'yaml') };
	return readPageBlocks(body).blocks.flatMap(({ id, type, text }) => (type === 'paragraph' ? [{ id, path, text }] : []));
}

export function alignEditions(a: readonly EditionBlock[], b: readonly EditionBlock[]): { pairs: AlignedPair[]; unpaired: EditionBlock[] } {
	const byKey = new Map<string, EditionBlock>();
	for (const block of a) if (!byKey.has(key(block.text))) byKey.set(key(block.text), block);
	const pairs: AlignedPair[] = [];
	const unpaired: EditionBlock[] = [];
	for (const block of b) {
		const match = byKey.get(key(block.text));
		if (!match) {
			unpaired.push(block);
			continue;
		}
		const [left, right] = [squeeze(match.text), squeeze(block.text)];
		const partial = left !== right && (left.startsWith(right) || right.startsWith(left));
		const status: PairStatus = match.text === block.text ? 'same' : left === right ? 'spacing' : partial ? 'partial' : 'differs';
		pairs.push({ a: match, b: block, status, diff: diffParagraphs(match.text, block.text) });
	}
	return { pairs, unpaired };
}
