import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';

/**
 * The units a search finds: every block of report text with an id (heading, paragraph,
 * list item) inside `article.report-text` of a built page. Read from the built HTML, so
 * that the index holds exactly the text a reader sees. A block's text leaves out any
 * block nested in it (a list inside a list item), which is a unit of its own.
 */
export interface SearchBlock {
	id: string;
	text: string;
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

/** The searchable blocks of one built page, or null when it holds no report text. */
export function readSearchPage(html: string, url: string): SearchPage | null {
	const tree: Root = fromHtml(html);
	const articles = selectAll('article.report-text', tree);
	if (articles.length === 0) return null;
	const [, year, edition] = url.split('/');
	if (!year || !/^\d{4}$/.test(year) || !edition) throw new Error(`search: ${url} holds report text but is not a publication page`);
	const blocks: SearchBlock[] = [];
	for (const article of articles) {
		for (const element of selectAll('[id]', article)) {
			const text = ownText(element);
			if (text.trim() !== '') blocks.push({ id: String(element.properties.id), text });
		}
	}
	const first = articles[0]!;
	const label = typeof first.properties.ariaLabel === 'string' ? first.properties.ariaLabel : toString(select('title', tree) ?? first);
	return { url, label, year, edition, blocks };
}
