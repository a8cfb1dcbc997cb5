import { loadShelf } from '../collections.ts';
import { publicationBlocks } from '../publication-blocks.ts';
import { cachedCollation } from './cache.ts';
import type { PublicationFacts } from './classify.ts';
import { collate, type Collation } from './collate.ts';
import { loadClassRules } from '../content-data.ts';
import { collationPairs, type CollationPair } from './pairs.ts';

export interface PairCollation extends CollationPair {
	collation: Collation;
}

/** What the classes need to know of a pair, from the manifest. */
export function classifyOptions(pair: CollationPair): PublicationFacts {
	const { publication } = pair.other;
	return { recognised: publication.recognisedFromImages === true, years: { reviews: publication.reviews.years, plans: publication.plans.years } };
}

// Every reading page asks for its markers: the collation is computed once per build.
let cached: Promise<PairCollation[]> | undefined;

/** Every collation of the site (build time only). */
export function loadCollations(): Promise<PairCollation[]> {
	cached ??= (async () => {
		const pairs = collationPairs(await loadShelf());
		// Not part of the cache key: the rules file is part of the collation's version (cache.ts).
		const rules = await loadClassRules();
		return Promise.all(
			pairs.map(async (pair) => {
				const input = { full: await publicationBlocks(pair.full), other: await publicationBlocks(pair.other), mode: pair.mode, classify: classifyOptions(pair) };
				return { ...pair, collation: await cachedCollation(input, ({ full, other, mode, classify }) => collate(full, other, mode, { ...classify, rules })) };
			}),
		);
	})();
	return cached;
}
