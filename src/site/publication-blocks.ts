import type { ShelfPublication } from '../core/shelf.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { pageEntry } from './collections.ts';
import { collationBlocks, type CollationBlock } from './compare/blocks.ts';

// The collation and every glossary page read the same publications: each is parsed once per build.
const parsed = new Map<string, Promise<CollationBlock[]>>();

/** A publication's blocks, page after page, as the collation and the glossary read them (build time only). */
export function publicationBlocks(entry: ShelfPublication): Promise<CollationBlock[]> {
	const load = async () => {
		const bodies = await Promise.all(entry.pages.map(async (page) => (await pageEntry(entry.publication.id, page.slug)).body ?? ''));
		return entry.pages.flatMap((page, index) => collationBlocks(parseMarkdown(bodies[index]!), page));
	};
	if (import.meta.env.DEV) return load();
	let blocks = parsed.get(entry.publication.id);
	if (!blocks) {
		blocks = load();
		parsed.set(entry.publication.id, blocks);
	}
	return blocks;
}
