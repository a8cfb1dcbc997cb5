import type { ShelfYear } from '../core/shelf.ts';
import { CHANGES_PATH, DATA_PATH, INDICATORS_PATH, SEARCH_PATH, collationPath, comparePath, publicationPath, yearPath } from '../core/urls.ts';
import { SECTIONS_PATH, SUBJECT_PATH, WORDS_METHOD_PATH, WORDS_PATH } from '../core/words/paths.ts';
import { collationPairs } from './compare/pairs.ts';

/** Pages outside the shelf that readers land on. */
export const EXTRA_PATHS: string[] = [INDICATORS_PATH, SEARCH_PATH, DATA_PATH, WORDS_PATH, SUBJECT_PATH, SECTIONS_PATH, WORDS_METHOD_PATH, CHANGES_PATH];

/** The site's pages in reading order: home, then each year, its publications and their pages. */
export function sitemapPaths(shelf: readonly ShelfYear[], extra: readonly string[] = EXTRA_PATHS): string[] {
	const paths = ['/'];
	for (const year of shelf) {
		paths.push(yearPath(year.year));
		for (const { publication, pages } of year.publications) {
			paths.push(publicationPath(publication));
			for (const page of pages) paths.push(page.path);
		}
	}
	for (const { year, other } of collationPairs(shelf)) paths.push(comparePath(year), collationPath(other.publication));
	return [...new Set([...paths, ...extra])];
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Absolute URLs on the public address; without one, the paths, under a note that says so. */
export function sitemapXml(paths: readonly string[], site: URL | undefined, note?: string): string {
	const urls = paths.map((path) => `  <url><loc>${escapeXml(site ? new URL(path, site).href : path)}</loc></url>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${note ? `${note}\n` : ''}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
