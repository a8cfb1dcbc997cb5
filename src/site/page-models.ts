import { getCollection } from 'astro:content';
import type { Root } from 'mdast';
import type { OutlineEntry, PageData } from '../core/schemas/page-entry.ts';
import { readPageBlocks, type PageBlock } from '../markdown/page-blocks.ts';
import { parseMarkdown } from '../markdown/parse.ts';
import { oncePerBuild } from './collections.ts';

/**
 * A page entry as every build-time view reads it (the collation, the glossary pages,
 * the livelihood projects, the search's site data, the subject page's texts): parsed
 * once per build, its blocks named with the entry's pins by the one reader of blocks
 * (src/markdown/page-blocks.ts). The rendered page is Astro's rendering of the same entry.
 */
export interface PageModel {
	/** The entry's frontmatter, as the collection validated it. */
	data: PageData;
	/** The body, parsed, its blocks carrying their ids. */
	tree: Root;
	outline: OutlineEntry[];
	blocks: PageBlock[];
}

/** Every page entry's model, by publication id, each publication's pages in order. */
export const loadPageModels: () => Promise<Map<string, PageModel[]>> = oncePerBuild(async () => {
	const models = new Map<string, PageModel[]>();
	const entries = (await getCollection('publicationPages')).sort((a, b) => a.data.order - b.data.order);
	for (const entry of entries) {
		const parsed = parseMarkdown(entry.body ?? '');
		const tree: Root = { ...parsed, children: parsed.children.filter((node) => node.type !== 'yaml') };
		const { outline, blocks } = readPageBlocks(tree, entry.data.pins ?? {});
		const pages = models.get(entry.data.publication) ?? [];
		pages.push({ data: entry.data, tree, outline, blocks });
		models.set(entry.data.publication, pages);
	}
	return models;
});

/** The model of one page. */
export async function pageModel(publication: string, slug: string): Promise<PageModel> {
	const model = (await loadPageModels()).get(publication)?.find((page) => page.data.slug === slug);
	if (!model) throw new Error(`no page ${slug} in ${publication}`);
	return model;
}
