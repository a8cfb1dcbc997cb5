/**
 * The searchable pages, read from the page entries rather than from the built site, so
 * that the index can be written while Astro is still building the pages.
 *
 * Each entry is read by the one reader of a page's blocks (src/markdown/page-blocks.ts),
 * the same that names the blocks the page renders. What would still make the index and
 * the page differ (a template wrapping text in an id'd element, say) is caught after the
 * build by tests/site/search-index.test.ts, which reads the built pages.
 */
import { buildShelf } from '../../../src/core/shelf.ts';
import { placeOnPage } from '../../../src/core/citation.ts';
import type { PageData } from '../../../src/core/schemas/page-entry.ts';
import { readManifest } from '../content/manifest.ts';
import { readPageEntry, readPageEntryFiles } from '../content/page-entries.ts';

export interface SearchBlock {
	id: string;
	text: string;
	/** Its section and paragraph number (placeOnPage); absent where the page's outline is not at hand (a block read back from a built page). */
	place?: string;
}

export interface SearchPage {
	/** The page's path, e.g. /2024/full/part-2/. */
	url: string;
	/** What the page is called in navigation (the article's accessible name). */
	label: string;
	year: string;
	edition: string;
	blocks: SearchBlock[];
}

/**
 * Every page that holds report text, with its blocks as the page shows them. The
 * entries are read from `pagesRoot`: the project, or the build's staging.
 */
export async function readEntryPages(root: URL, pagesRoot: URL = root): Promise<SearchPage[]> {
	const publications = await readManifest(root);
	const entries = new Map<string, { page: PageData; blocks: SearchBlock[] }>();
	for (const publication of publications) {
		for (const { file, markdown } of await readPageEntryFiles(pagesRoot, publication.id)) {
			const { page, blocks, outline } = readPageEntry(markdown, file);
			entries.set(`${page.publication}/${page.slug}`, { page, blocks: blocks.map(({ id, text, paragraph }) => ({ id, text, place: placeOnPage(id, outline, paragraph) })) });
		}
	}
	const pages: SearchPage[] = [];
	for (const year of buildShelf(
		publications,
		[...entries.values()].map((entry) => entry.page),
	)) {
		for (const { publication, pages: shelfPages } of year.publications) {
			for (const page of shelfPages) {
				pages.push({
					url: page.path,
					label: page.label,
					year: String(publication.year),
					edition: publication.edition,
					blocks: entries.get(`${publication.id}/${page.slug}`)!.blocks,
				});
			}
		}
	}
	return pages;
}
