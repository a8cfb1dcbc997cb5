import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import type { SearchBlock, SearchPage } from '../../scripts/lib/search-index/entry-pages.ts';

export type { SearchBlock, SearchPage };

/**
 * The blocks of report text a built page shows: every element with an id (heading,
 * paragraph, list item) inside `article.report-text`. The search index is written from
 * the page entries (scripts/lib/search-index/); tests/site/search-index.test.ts reads
 * the built pages with this and checks that the index holds exactly these, and the
 * search benchmark takes its ground truth from them. A block's text leaves out any
 * block nested in it (a list inside a list item), which is a unit of its own. Read into
 * the index's own types (scripts/lib/search-index/entry-pages.ts), so that the two compare.
 */
function ownText(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type !== 'element') return '';
	return node.children.map((child) => (child.type === 'element' && child.properties.id !== undefined ? '' : ownText(child))).join('');
}

/** The report path of a built page, from its file path relative to the site root. */
export function pageUrl(relativeFile: string): string {
	const path = relativeFile.replaceAll('\\', '/').replace(/(^|\/)index\.html$/, '$1');
	return `/${path}`.replace(/\/+$/, '/');
}

/**
 * The blocks of report text inside `container`: every element with an id and some text
 * of its own. Used on a built page's article and on an entry's rendered HTML alike.
 */
export function reportBlocks(container: Root | Element): SearchBlock[] {
	const blocks: SearchBlock[] = [];
	for (const element of selectAll('[id]', container)) {
		const text = ownText(element);
		if (text.trim() !== '') blocks.push({ id: String(element.properties.id), text });
	}
	return blocks;
}

/** The year and edition of a publication page's path (/2024/full/part-2/); throws for any other path. */
function publicationOfPath(url: string): { year: string; edition: string } {
	const [, year, edition] = url.split('/');
	if (!year || !/^\d{4}$/.test(year) || !edition) throw new Error(`search: ${url} holds report text but is not a publication page`);
	return { year, edition };
}

/** The searchable blocks of one built page, or null when it holds no report text. */
export function readSearchPage(html: string, url: string): SearchPage | null {
	const tree: Root = fromHtml(html);
	const articles = selectAll('article.report-text', tree);
	if (articles.length === 0) return null;
	const { year, edition } = publicationOfPath(url);
	const blocks = articles.flatMap((article) => reportBlocks(article));
	const first = articles[0]!;
	const label = typeof first.properties.ariaLabel === 'string' ? first.properties.ariaLabel : toString(select('title', tree) ?? first);
	return { url, label, year, edition, blocks };
}
