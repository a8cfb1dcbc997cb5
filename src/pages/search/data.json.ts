import type { APIRoute } from 'astro';
import { loadSearchData } from '../../site/search-data.ts';

/**
 * /search/data.json: the indicator series, glossary terms and livelihood projects the
 * search page lists above the paragraphs (src/core/search/site-data.ts). Loaded with
 * the first search, beside Pagefind.
 */
export const GET: APIRoute = async () => new Response(JSON.stringify(await loadSearchData()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
