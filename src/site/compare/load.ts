import { loadShelf, pageEntry } from '../collections.ts';
import type { ShelfPublication } from '../../core/shelf.ts';
import { parseMarkdown } from '../../markdown/parse.ts';
import { collationBlocks, type CollationBlock } from './blocks.ts';
import type { ClassifyOptions } from './classify.ts';
import { collate, type Collation } from './collate.ts';
import { collationPairs, type CollationPair } from './pairs.ts';

export interface PairCollation extends CollationPair {
	collation: Collation;
}

/** A publication's blocks, page after page, as the collation reads them (build time only). */
export async function blocksOf(entry: ShelfPublication): Promise<CollationBlock[]> {
	const bodies = await Promise.all(entry.pages.map(async (page) => (await pageEntry(entry.publication.id, page.slug)).body ?? ''));
	return entry.pages.flatMap((page, index) => collationBlocks(parseMarkdown(bodies[index]!), page));
}

/** What the classes need to know of a pair, from the manifest. */
export function classifyOptions(pair: CollationPair): ClassifyOptions {
	const { publication } = pair.other;
	return { recognised: publication.recognisedFromImages === true, years: { reviews: publication.reviews.years, plans: publication.plans.years } };
}

// Every reading page asks for its markers: the collation is computed once per build.
let cached: Promise<PairCollation[]> | undefined;

/** Every collation of the site (build time only). */
export function loadCollations(): Promise<PairCollation[]> {
	cached ??= (async () => {
		const pairs = collationPairs(await loadShelf());
		return Promise.all(pairs.map(async (pair) => ({ ...pair, collation: collate(await blocksOf(pair.full), await blocksOf(pair.other), pair.mode, classifyOptions(pair)) })));
	})();
	return cached;
}
