import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePublished, parseRedirects, PUBLISHED_FILE, recordRedirects, REDIRECTS_FILE as FILE, type PublishedRecord, type Redirect } from '../core/published-urls.ts';

/** The published-URL record (content/published-urls.json): fingerprints, moved ids, corrections (build time only). */
export function loadPublished(): PublishedRecord {
	// Read from the project root: bundled pages no longer sit beside their sources.
	return parsePublished(readFileSync(join(process.cwd(), PUBLISHED_FILE), 'utf8'));
}

/** The redirects declared by hand (content/redirects.yml). What the configuration reads: it loads before the build has staged the generated content. */
export function loadDeclaredRedirects(): Redirect[] {
	return parseRedirects(readFileSync(join(process.cwd(), FILE), 'utf8'), FILE);
}

let redirects: Redirect[] | undefined;
/**
 * The redirects for published URLs that moved: declared by hand, and worked out from
 * declared corrections (block ids, followed on their page). Read once per build; anew
 * each time by the dev server, so that an edit shows at once.
 */
export function loadRedirects(): Redirect[] {
	if (import.meta.env?.DEV) return [...loadDeclaredRedirects(), ...recordRedirects(loadPublished())];
	return (redirects ??= [...loadDeclaredRedirects(), ...recordRedirects(loadPublished())]);
}

/** Page paths that moved, as Astro's `redirects` config takes them. */
export function pageRedirects(redirects: readonly Redirect[]): Record<string, string> {
	return Object.fromEntries(redirects.filter((r) => !r.from.includes('#')).map((r) => [r.from, r.to]));
}

/** Block ids of one page that moved: id → new URL. */
export function blockRedirects(redirects: readonly Redirect[], pagePath: string): Record<string, string> {
	return Object.fromEntries(redirects.filter((r) => r.from.startsWith(`${pagePath}#`)).map((r) => [r.from.slice(pagePath.length + 1), r.to]));
}
