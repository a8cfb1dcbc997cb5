import type { APIRoute } from 'astro';
import { loadShelf } from '../site/collections.ts';
import { sitemapPaths, sitemapXml } from '../site/sitemap.ts';

/** Every reading page of the site, for search engines and for the accessibility test that walks them all. */
export const GET: APIRoute = async ({ site }) => {
	const paths = sitemapPaths(await loadShelf());
	return new Response(sitemapXml(paths, site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
