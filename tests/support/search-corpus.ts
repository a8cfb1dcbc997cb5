import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { pageUrl, readSearchPage } from './built-blocks.ts';
import { normalize, queryTerms } from '../../src/core/search/fold.ts';
import { htmlPages } from './site-files.ts';

/**
 * The benchmark's ground truth: every block of report text in a built site, read from
 * its HTML, and which of them contain a query — by plain substring over the folded text,
 * the same semantics a reader gets from Ctrl+F (white space, width and 〇/○ ignored;
 * several space-separated terms must all occur in the block).
 */
export interface CorpusBlock {
	/** page#id, as the search links to it. */
	url: string;
	text: string;
	folded: string;
	year: string;
	edition: string;
}

/** Pagefind's and Astro's asset folders hold no report text. */
const NOT_PAGES = new Set(['pagefind', '_astro']);

export async function readCorpus(site: string): Promise<CorpusBlock[]> {
	const blocks: CorpusBlock[] = [];
	for (const file of await htmlPages(site)) {
		if (
			file
				.split(sep)
				.slice(0, -1)
				.some((folder) => NOT_PAGES.has(folder))
		)
			continue;
		const url = pageUrl(file);
		const page = readSearchPage(await readFile(join(site, file), 'utf8'), url);
		if (!page) continue;
		for (const block of page.blocks) {
			blocks.push({ url: `${url}#${block.id}`, text: block.text, folded: normalize(block.text), year: page.year, edition: page.edition });
		}
	}
	if (blocks.length === 0) throw new Error(`bench: no report text found in ${site}; build it first`);
	return blocks;
}

/** The blocks that contain every term of the query. */
export function literalMatches(blocks: readonly CorpusBlock[], query: string): Set<string> {
	const terms = queryTerms(query);
	if (terms.length === 0) return new Set();
	return new Set(blocks.filter((block) => terms.every((term) => block.folded.includes(term))).map((block) => block.url));
}
