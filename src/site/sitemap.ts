import { comparableYears, type ShelfYear } from '../core/shelf.ts';
import { DATA_PATH, INDICATORS_PATH, SEARCH_PATH, comparePath, publicationPath, yearPath } from '../core/urls.ts';

/** Pages outside the shelf that readers land on. */
export const EXTRA_PATHS: string[] = [INDICATORS_PATH, SEARCH_PATH, DATA_PATH];

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
	for (const { year } of comparableYears(shelf)) paths.push(comparePath(year));
	return [...new Set([...paths, ...extra])];
}

const escapeXml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function sitemapXml(paths: readonly string[], site: URL): string {
	const urls = paths.map((path) => `  <url><loc>${escapeXml(new URL(path, site).href)}</loc></url>`);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
}
