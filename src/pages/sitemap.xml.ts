import type { APIRoute } from 'astro';
import { loadCatalog } from '../lib/site-data.ts';
import { sitemapPaths, sitemapXml } from '../lib/sitemap.ts';

/** Every reading page of the site, for search engines and for the accessibility test that walks them all. */
export const GET: APIRoute = async ({ site }) => {
	const paths = sitemapPaths(await loadCatalog());
	return new Response(sitemapXml(paths, site ?? new URL('http://localhost/')), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
