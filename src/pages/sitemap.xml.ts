import type { APIRoute } from 'astro';
import { loadShelf } from '../site/collections.ts';
import { sitemapPaths, sitemapXml } from '../site/sitemap.ts';

/**
 * Every reading page of the site, for search engines and for the accessibility test that
 * walks them all. A sitemap holds absolute URLs: without the public address (SITE_URL)
 * it lists the pages as root-relative paths in a plain text file's stead, and says so.
 */
export const GET: APIRoute = async ({ site }) => {
	const paths = sitemapPaths(await loadShelf());
	if (!site) {
		const note = "<!-- The public address is not set (SITE_URL): this is no sitemap for search engines; <loc> holds each page's path. -->";
		return new Response(sitemapXml(paths, undefined, note), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
	}
	return new Response(sitemapXml(paths, site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
