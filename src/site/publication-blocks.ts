import type { ShelfPublication } from '../core/shelf.ts';
import { collationBlocks, type CollationBlock } from './compare/blocks.ts';
import { pageModel } from './page-models.ts';

/** A publication's blocks, page after page, as the collation and the glossary read them (build time only). */
export async function publicationBlocks(entry: ShelfPublication): Promise<CollationBlock[]> {
	const models = await Promise.all(entry.pages.map((page) => pageModel(entry.publication.id, page.slug)));
	return entry.pages.flatMap((page, index) => collationBlocks(models[index]!, page));
}
