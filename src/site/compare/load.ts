import { loadShelf } from '../collections.ts';
import { publicationBlocks } from '../publication-blocks.ts';
import { collate, type Collation } from './collate.ts';
import { collationPairs, type CollationPair } from './pairs.ts';

export interface PairCollation extends CollationPair {
	collation: Collation;
}

// Every reading page asks for its markers: the collation is computed once per build.
let cached: Promise<PairCollation[]> | undefined;

/** Every collation of the site (build time only). */
export function loadCollations(): Promise<PairCollation[]> {
	cached ??= (async () => {
		const pairs = collationPairs(await loadShelf());
		return Promise.all(pairs.map(async (pair) => ({ ...pair, collation: collate(await publicationBlocks(pair.full), await publicationBlocks(pair.other), pair.mode) })));
	})();
	return cached;
}
