import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseRedirects, REDIRECTS_FILE as FILE, type Redirect } from '../core/published-urls.ts';

/**
 * The redirects declared by hand (content/redirects.yml), read from the file: what the
 * configuration declares to Astro, before any content layer exists. The pages read them
 * from the content layer (content-data.ts).
 */
export function loadDeclaredRedirects(): Redirect[] {
	return parseRedirects(readFileSync(join(process.cwd(), FILE), 'utf8'), FILE);
}

/** Page paths that moved, as Astro's `redirects` config takes them. */
export function pageRedirects(redirects: readonly Redirect[]): Record<string, string> {
	return Object.fromEntries(redirects.filter((r) => !r.from.includes('#')).map((r) => [r.from, r.to]));
}

/** Block ids of one page that moved: id → new URL. */
export function blockRedirects(redirects: readonly Redirect[], pagePath: string): Record<string, string> {
	return Object.fromEntries(redirects.filter((r) => r.from.startsWith(`${pagePath}#`)).map((r) => [r.from.slice(pagePath.length + 1), r.to]));
}
