import { loadShelf, pageEntry } from '../collections.ts';
import type { ShelfPublication } from '../../core/shelf.ts';
import { parseMarkdown } from '../../markdown/parse.ts';
import { collationBlocks, type CollationBlock } from './blocks.ts';
import { collate, type Collation } from './collate.ts';
import { collationPairs, type CollationPair } from './pairs.ts';

export interface PairCollation extends CollationPair {
	collation: Collation;
}

async function blocksOf(entry: ShelfPublication): Promise<CollationBlock[]> {
	const bodies = await Promise.all(entry.pages.map(async (page) => (await pageEntry(entry.publication.id, page.slug)).body ?? ''));
	return entry.pages.flatMap((page, index) => collationBlocks(parseMarkdown(bodies[index]!), page));
}

// Every reading page asks for its markers: the collation is computed once per build.
let cached: Promise<PairCollation[]> | undefined;

/** Every collation of the site (build time only). */
export function loadCollations(): Promise<PairCollation[]> {
	cached ??= (async () => {
		const pairs = collationPairs(await loadShelf());
		return Promise.all(pairs.map(async (pair) => ({ ...pair, collation: collate(await blocksOf(pair.full), await blocksOf(pair.other), pair.mode) })));
	})();
	return cached;
}
