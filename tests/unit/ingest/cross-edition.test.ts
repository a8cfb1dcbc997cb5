import { describe, expect, it } from 'vitest';
import type { IngestedPublication } from '../../../scripts/lib/ingest/ingest-publication.ts';
import { ingestedSource, pageTree, textOf } from './helpers.ts';

/**
 * The newspaper is the 2024 full text, hard-wrapped in columns; its paragraphs are
 * recovered by a heuristic (readers/newspaper.ts). The full text, one paragraph a
 * line, says where its paragraphs really begin: the two must agree.
 *
 * The editions differ in a few characters (recognition errors, one word dropped) and
 * in spaces, so paragraphs are compared by where they begin, not by their whole text.
 */

/** How many characters identify where a paragraph begins: long enough to be unique here. */
const OPENING = 12;

interface Paragraphs {
	/** All block texts end to end, without white space. */
	text: string;
	/** Where each block begins in `text`. */
	starts: number[];
	blocks: string[];
}

function paragraphs(publication: IngestedPublication): Paragraphs {
	const blocks = publication.pages.flatMap((generated) => pageTree(generated).tree.children.map((node) => textOf(node).replace(/\s/g, '')));
	const starts: number[] = [];
	let offset = 0;
	for (const block of blocks) {
		starts.push(offset);
		offset += block.length;
	}
	return { text: blocks.join(''), starts, blocks };
}

describe('the newspaper against the 2024 full text', () => {
	it('begins each paragraph where the full text begins one, and misses none the full text has there', async () => {
		const full = paragraphs(await ingestedSource('2024-full'));
		const newspaper = paragraphs(await ingestedSource('2024-newspaper'));
		// Part 1: seven items and four paragraphs; part 2: its heading and 24 paragraphs.
		expect(newspaper.blocks.length).toBe(36);

		const fullStarts = new Set(full.starts);
		const found: number[] = [];
		let from = 0;
		for (const block of newspaper.blocks) {
			const opening = block.slice(0, OPENING);
			const at = full.text.indexOf(opening, from);
			expect(at, `newspaper paragraph “${opening}…” is not in the full text after offset ${from}`).toBeGreaterThanOrEqual(0);
			expect(full.text.indexOf(opening, at + 1), `“${opening}” is not unique`).toBe(-1);
			expect(fullStarts.has(at), `newspaper paragraph “${opening}…” begins inside a full-text paragraph`).toBe(true);
			found.push(at);
			from = at + 1;
		}

		// The newspaper covers the full text from its first paragraph to the end of its last.
		const end = found.at(-1)! + newspaper.blocks.at(-1)!.length;
		const missed = full.starts.filter((start) => start >= found[0]! && start < end && !found.includes(start));
		expect(missed.map((start) => full.text.slice(start, start + OPENING))).toEqual([]);

		// The covered range: from 二是 in part 1 to the middle of section （六） of part 2.
		expect(full.text.slice(found[0]!, found[0]! + 4)).toBe('二是坚持');
		expect(full.text.slice(end - 9, end)).toBe('留得住、经营得好。');
	});
});
