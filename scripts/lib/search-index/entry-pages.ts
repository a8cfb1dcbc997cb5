/**
 * The searchable pages, read from the page entries rather than from the built site, so
 * that the index can be written while Astro is still building the pages.
 *
 * Each entry is rendered by Astro's own Markdown processor with the site's options
 * (src/markdown/pipeline.ts): the HTML the page embeds, block for block. What would
 * still make the two differ (a template wrapping text in an id'd element, say) is
 * caught after the build by tests/site/search-index.test.ts, which reads the built pages.
 */
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { fromHtml } from 'hast-util-from-html';
import { buildCatalog } from '../../../src/lib/catalog.ts';
import { reportBlocks, type SearchPage } from '../../../src/lib/search/blocks.ts';
import { siteMarkdownOptions } from '../../../src/markdown/pipeline.ts';
import type { PageData } from '../../../src/schemas/page.ts';
import { readManifest } from '../manifest.ts';
import { readPageEntryFiles, splitPageEntry } from '../page-entry.ts';

interface Entry {
	file: string;
	data: PageData;
	body: string;
}

/** Every page that holds report text, with its blocks as the page will show them. */
export async function readEntryPages(root: URL): Promise<SearchPage[]> {
	const publications = await readManifest(root);
	const entries: Entry[] = [];
	for (const publication of publications) {
		for (const { file, markdown } of await readPageEntryFiles(root, publication.id)) {
			const { page, body } = splitPageEntry(markdown, file);
			entries.push({ file, data: page, body });
		}
	}
	const byKey = new Map(entries.map((entry) => [`${entry.data.publication}/${entry.data.slug}`, entry]));
	const processor = await createMarkdownProcessor(siteMarkdownOptions);
	const pages: SearchPage[] = [];
	for (const year of buildCatalog(publications, entries.map((entry) => entry.data))) {
		for (const { publication, pages: catalogPages } of year.publications) {
			for (const page of catalogPages) {
				const entry = byKey.get(`${publication.id}/${page.slug}`)!;
				const { code } = await processor.render(entry.body, { frontmatter: entry.data, fileURL: new URL(entry.file, root) });
				pages.push({
					url: page.path,
					label: page.label,
					year: String(publication.year),
					edition: publication.edition,
					blocks: reportBlocks(fromHtml(code, { fragment: true })),
				});
			}
		}
	}
	return pages;
}
