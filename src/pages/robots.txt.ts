import type { APIRoute } from 'astro';

// A Sitemap line needs the public address (SITE_URL); without it there is none to give.
export const GET: APIRoute = ({ site }) =>
	new Response(`User-agent: *\nAllow: /\n${site ? `Sitemap: ${new URL('/sitemap.xml', site).href}\n` : ''}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
