import type { CollationBlock } from './blocks.ts';
import type { Collation } from './collate.ts';

/**
 * Where a print breaks off: a newspaper page that stops mid-paragraph (下转第五版) or
 * starts mid-paragraph (上接第一版) on a page the publication does not include. The
 * collation page says where, in the print's words and the full text's, instead of
 * only counting what is missing.
 */
export interface PrintCut {
	/** `to`: the print's text goes on to another page; `from`: it comes from one. */
	direction: 'to' | 'from';
	/** The page it goes on to or comes from, as printed (第五版). */
	page: string;
	/** The print's block at the cut. */
	block: CollationBlock;
	/** Its last (or first) words, as printed. */
	words: string;
	/** The full text's block that goes on where the print stops, if it has one. */
	full?: CollationBlock;
	/** How many characters of that full-text block (white space aside) are not in this print. */
	beyond: number;
}

const EDGE = 14;

export function printCuts(collation: Collation): PrintCut[] {
	const paired = new Map(collation.entries.map((e) => [e.other, e]));
	const blocks = [...collation.entries.map((e) => e.other), ...collation.unpaired];
	return blocks.flatMap((block) => {
		const entry = paired.get(block);
		const beyond = (from: 'start' | 'end') => {
			const runs = entry?.diff.full ?? [];
			const edge = from === 'end' ? runs.at(-1) : runs[0];
			return edge?.mark === 'outside' ? [...edge.text.replace(/\s/gu, '')].length : 0;
		};
		const chars = [...block.text.trim()];
		const cuts: PrintCut[] = [];
		if (block.cut?.from)
			cuts.push({ direction: 'from', page: block.cut.from, block, words: chars.slice(0, EDGE).join(''), ...(entry ? { full: entry.full } : {}), beyond: beyond('start') });
		if (block.cut?.to) cuts.push({ direction: 'to', page: block.cut.to, block, words: chars.slice(-EDGE).join(''), ...(entry ? { full: entry.full } : {}), beyond: beyond('end') });
		return cuts;
	});
}
